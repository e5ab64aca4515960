"""Roles: the actor and the recipient of a trigger (analysis.py stage "roles"). Subjects, agents and objects from
the parse, and the special cases: orderers and masters behind a deed, captors, givers of aid, hosts and guests,
quoted speakers and their own side, pronouns and their antecedents, the doer of a scene, the issuer of a document,
each side of a mutual act, the story's or the speaker's country for sector-only mentions, and the default
recipient when the text names none."""

from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING, Collection, Sequence

from tocsin.actors.dictionary import ActorDictionary
from tocsin.coding.actor_link import (CITIZENSHIP_NOUNS, DEFINITE_DETS, NON_STATE_CODES, LinkedMention, MentionIndex, entities_of,
                                      entity_of,
                                      fill_country, OFFENCE_FRAME_NOUNS, incidental_country, is_state, named_war,
                                      offence_frame, NEED_NOUNS, AUTHORED_TEXT_NOUNS, TEXT_ISSUING_VERBS)
from tocsin.coding.lexicon import TriggerRule
from tocsin.coding.syntax import (CONDITION_MARKS, claim_rejected, outside_that_conjunct, subject_on_auxiliary, FUTURE_AUX,
                                  HYPOTHETICAL_AUX, agents, clause_verb, is_passive,
                                  objects, passive_subjects, order_to_intermediary, phrase_tokens, prep_objects,
                                  stranded_objects, subjects, to_infinitive, with_conjuncts, ALLEGATION_NOUNS, REPORTING)
from tocsin.coding.triggers import (ACTOR_NOUNS, CHARACTERISING_VERBS, CLAIMING_VERBS, MEASURE_NOUNS,
                                    RESPONSIBILITY_NOUNS, SPEAKER_VERBS, TriggerHit, crowning_act,
                                    suffered_by_subject, lemma_variants)
from tocsin.coding.word_lists import type_set, word_set
from tocsin.nlp import doc_text, token_table
from tocsin.types import Entity
from tocsin.coding.drafts import (ALLEGED_ABUSE_RULE, DISQUIET_RULE, Draft, FOILED_PLOT_RULE, LABEL_RULE, SPY_MASTER_RULE, QUOTE_MARKS,
                                  VERBAL_TYPES, clause_tokens, entity_codes)
from tocsin.coding.event_dates import ORDER_DOCUMENT_NOUNS, REACTING_VERBS, TRAVEL_VERBS
from tocsin.coding.background import DOCUMENT_NOUNS, ORDERING_VERBS, VIOLENT_TYPES, ordering_party, told_as_news, RETORT_VERBS

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Span, Token


RECIPIENT_PREPS = ("against", "on", "upon", "at", "with", "to", "toward", "towards", "into", "onto")
AT_TARGETS = type_set("at_targets")
PLOTTING_VERBS = word_set("plotting_verbs")
TEAM_SENDING_VERBS = word_set("team_sending_verbs")
BLAMEWORTHY_ACTS = word_set("blameworthy_acts")
PROXY_VERBS = word_set("proxy_verbs")


def misplaced_names(verb: "Token") -> list["Token"]:
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


PERPETRATING_VERBS = word_set("perpetrating_verbs")
OUTLAWED_GROUP_WORDS = word_set("outlawed_group_words")
GROUP_NOUNS = word_set("group_nouns")
HELD_PEOPLE_WORDS = word_set("held_people_words")


def membership_charged(clause: "Token") -> bool:
    """A reported clause putting people held into a criminal or banned group: "said that the eight men detained in Khorog
    belonged to 'an organised criminal group'", "said the detainees were members of an extremist cell" (the authority's
    charge; not "said the attackers were criminals acting on their own", whose subject is no one held)."""
    subj = clause_subjects(clause)
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


def clause_subjects(clause: "Token") -> list["Token"]:
    """The subject of a reported clause, also when the parser took a reduced relative on it for a clause of its own
    ("said that [the sentences handed to journalists] were troubling": "handed" gets "sentences", "were" nothing)."""
    own = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    own = own or subject_on_auxiliary(clause)  # ('Brussels was "once again interfering"': hung on "was")
    if own or clause.dep_ != "ccomp":
        return own or subjects(clause)
    before = [c for c in clause.head.children if c.dep_ == "ccomp" and c.i < clause.i and c.tag_ in ("VBD", "VBN")
              and not any(a.dep_ in ("aux", "auxpass") for a in c.children)]
    return [s for c in before[-1:] for s in c.children if s.dep_ == "nsubj"]


def tied_to(verb: "Token", acts: Sequence["Token"]) -> list["Token"]:
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


MASTER_NOUNS = word_set("master_nouns")
OPERATIVE_NOUNS = word_set("operative_nouns")


def doers_behind(verb: "Token") -> list["Token"]:
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


SERVING_VERBS = word_set("serving_verbs")
SPYING_VERBS = word_set("spying_verbs")
SECRET_SERVICE_WORDS = word_set("covert_service_words")


def service_masters(clause: "Token", index: MentionIndex) -> list["Token"]:
    """The foreign state or secret service someone is said to serve in a reported clause: "had been working for Russia's
    Federal Security Service", "had passed the coordinates of a power plant to Russian military intelligence", "detained
    two men suspected of spying for Russia's intelligence services", "arrested a serviceman on suspicion of passing
    information to Azerbaijan's State Security Service" (round 30: the speaker's allegation against that state). Spying
    needs only a named state ("spying for Russia"); working for or passing things to needs a secret service (not
    "working for a Russian firm", "passed the documents to the court")."""
    out: list["Token"] = []
    for verb in clause.subtree:
        lemma = verb.lemma_.lower()
        if lemma not in SERVING_VERBS or verb.pos_ not in ("VERB", "NOUN"):
            continue
        preps = ("for",) if lemma in SPYING_VERBS | {"work"} else ("to",)
        masters = prep_objects(verb, preps)
        if preps == ("to",):  # ("passed the coordinates of a power plant to Russian military intelligence": the "to" hung
            masters += [p for o in objects(verb) for w in o.subtree if w.dep_ == "prep" and w.lower_ == "to"  # on the object)
                        and w.head.dep_ != "relcl" for p in w.children if p.dep_ == "pobj"]
        for master in masters:
            words = {w.lower_ for w in phrase_tokens(master)} | {w.lemma_.lower() for w in phrase_tokens(master)}
            found = [e for e in entities_of([master], index) if e.code]
            if found and (lemma in SPYING_VERBS or words & SECRET_SERVICE_WORDS or any(e.sector == "SPY" for e in found)):
                out.append(master)
    return out


DEMANDING_VERBS = word_set("demanding_verbs")




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


SCHEMING_VERBS = word_set("scheming_verbs")
FOILING_VERBS = word_set("foiling_verbs")
FOILED_THINGS = word_set("foiled_things")


def plot_masters(foil: "Token") -> list["Token"]:
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
            for d in doers_behind(w)]  # ("a terrorist attack prepared on the orders of Ukrainian intelligence")


CUSTODY_ABUSE_VERBS = word_set("custody_abuse_verbs")
CUSTODY_AGENT_NOUNS = word_set("custody_agent_nouns")


BREACHING_VERBS = word_set("breaching_verbs")
DUTY_NOUNS = word_set("duty_nouns")


def breached_duty(clause: "Token") -> "Token | None":
    """The duty a reported clause says a deed breaks ("This handover flagrantly breaches Kazakhstan's obligations under the
    Convention against Torture": "obligations"), or None. The verb's direct object must be a duty or law (not "violated
    the ceasefire", an act of fire told elsewhere)."""
    if clause.lemma_.lower() not in BREACHING_VERBS:
        return None
    return next((o for o in clause.children if o.dep_ == "dobj" and o.lemma_.lower() in DUTY_NOUNS), None)


TESTIMONY_HARM_VERBS = word_set("testimony_harm_verbs")
TESTIMONY_OWNERS = word_set("testimony_owners")


def _own_belongings_taken(verb: "Token") -> bool:
    """A deprivation told by the one deprived: "Iranian police took our phones and our wages", "they confiscated my
    passport" (the object is the speaker's own, "our/my"); not "police took him to the station"."""
    return verb.lemma_.lower() in TESTIMONY_HARM_VERBS and any(
        o.dep_ in ("dobj", "nsubjpass") and (o.lower_ in TESTIMONY_OWNERS or any(
            p.dep_ == "poss" and p.lower_ in TESTIMONY_OWNERS for p in o.children))
        for o in verb.children)


def abuse_told(clause: "Token") -> "Token | None":
    """The verb of abuse by the state's agents in a reported clause, or None: "officers had beaten one of them", "several
    detainees had been beaten in custody", "were being pressured to record video confessions" (a passive with no doer, or
    with the state's agents as doers; not "had been beaten by cellmates"), outside a negated or modal clause. A deprivation
    told by the deprived counts too ("Iranian police took our phones")."""
    for verb in (clause, *(c for c in clause.children if c.dep_ == "conj" and c.pos_ == "VERB")):
        if (verb.lemma_.lower() not in CUSTODY_ABUSE_VERBS and not _own_belongings_taken(verb)) or any(
                c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in HYPOTHETICAL_AUX | FUTURE_AUX) for c in verb.children):
            continue
        doers = agents(verb) if is_passive(verb) else subjects(verb)
        if (is_passive(verb) and not doers) or any(
                w.lemma_.lower() in CUSTODY_AGENT_NOUNS or w.lower_ in CUSTODY_AGENT_NOUNS
                for d in doers for w in phrase_tokens(d)):
            return verb
    return None


ARREST_CAMPAIGN_NOUNS = word_set("arrest_campaign_nouns")
ONGOING_WORDS = word_set("ongoing_words")
FRESH_ACT_WORDS = word_set("fresh_act_words")


def ongoing_arrests_told(clause: "Token") -> "Token | None":
    """Arrests told as going on, with no one arrested named, in a reported clause ("new arrests continued almost
    daily", "detentions go on every week"): a rights group's charge against the state (ACCUSE allege, the round-28 team
    decision), no arrest of the news; a habit is none ("raids take place routinely"). Returns the arrest noun, or None."""
    if any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in HYPOTHETICAL_AUX | FUTURE_AUX) for c in clause.children):
        return None
    if clause.lemma_.lower() not in ONGOING_WORDS:
        return None  # (not a habit: "Raids like these take place routinely, rights groups say")
    return next((s for s in subjects(clause) if s.lemma_.lower() in ARREST_CAMPAIGN_NOUNS and not prep_objects(s, ("of",))
                 and any(c.dep_ == "amod" and c.lower_ in FRESH_ACT_WORDS for c in s.children)), None)


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
    speaker's, whose country the body (a name several states share) takes; so does a body of no country ("The Kazakh
    MFA said its consul in Bishkek had asked": KAZ, not the posting's KGZ)."""
    if not actors or not any(c.dep_ == "poss" and c.lower_ in ("its", "their") for t in actor_toks for w in t.subtree
                             for c in [w]):
        return actors
    cur = verb
    while cur.dep_ in ("conj", "xcomp", "advcl") and cur.head.i != cur.i:
        cur = cur.head
    if cur.dep_ != "ccomp" or cur.head.lemma_.lower() not in REPORTING:  # (also "claimed that its troops had ...")
        return actors
    owners = [e for e in entities_of(subjects(cur.head), index) if e.code and e.code not in NON_STATE_CODES]
    if len(owners) != 1 or any(a.code == owners[0].code for a in actors):
        return actors
    # ("said its consul in Bishkek had asked": a body of no country takes the speaker's too, not its posting's)
    return [dataclasses.replace(a, code=owners[0].code) if a.code not in NON_STATE_CODES - {""} else a
            for a in actors]


def _relief_agency_speaker(verb: "Token", index: MentionIndex) -> list[Entity]:
    """The relief agency that says its carrier arrived ("the World Food Programme said a convoy of 28 trucks had
    reached Tawila"): the convoy is its own. Not a state's spokesman telling of a convoy ("the ministry said a convoy
    had crossed"), whose giver the story names elsewhere."""
    cur = verb
    while cur.dep_ in ("conj", "xcomp", "advcl") and cur.head.i != cur.i:
        cur = cur.head
    if cur.dep_ != "ccomp" or cur.head.lemma_.lower() not in SPEAKER_VERBS:
        return []
    return [e for e in entities_of(subjects(cur.head), index) if e.code.lower() in RELIEF_AGENCY_CODES][:1]


RELIEF_AGENCY_CODES = word_set("relief_agency_codes")


def describing_clause(relcl: "Token", by_token: dict[int, TriggerHit]) -> bool:
    """A relative clause that only describes its noun: no "whose", no date of its own ("that killed 30
    soldiers on Monday"), and not itself a speech act ("asked for longer hours, which Uzbek officials
    promised to consider" is a reply)."""
    if any(t.lower_ == "whose" for t in relcl.subtree):
        return False
    if told_as_news(relcl):
        return False
    return not (relcl.i in by_token and by_token[relcl.i].rule.event in VERBAL_TYPES)


PARTY_HEADS = word_set("party_group_heads")
PARTY_QUANTIFIERS = word_set("party_group_quantifiers")


def _crowning_parties(tok: "Token", verb: "Token") -> list["Token"]:
    """Who did the act that closed a meeting: the sides of the text signed ("the signing of an agreement on visa-free
    travel between Kazakhstan and Uzbekistan"), else those who held the meeting ("A held talks with B that ended with the
    signing of ...": A and B)."""
    texts = [o for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children if o.dep_ == "pobj"]
    sides = [p for t in texts for w in t.subtree if w.dep_ == "prep" and w.lower_ == "between"
             for p in prep_objects(w.head, ("between",))]
    if sides:
        return list(dict.fromkeys(sides))
    meeting = verb.head if verb.dep_ == "relcl" else next(iter(subjects(verb)), None)
    held = meeting
    while held is not None and held.pos_ not in ("VERB", "AUX") and held.head.i != held.i:
        held = held.head  # the verb the meeting (or the party the relative clause was hung on) depends on
    if held is None or held.pos_ not in ("VERB", "AUX"):
        return prep_objects(meeting, ("with", "between")) if meeting is not None else []
    talks = [o for o in objects(held)]
    return subjects(held) + prep_objects(held, ("with",)) + [p for t in talks for p in prep_objects(t, ("with", "between"))]


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
EXPERIENCER_PARTICIPLES = word_set("experiencer_participles")
FALLEN_LEMMAS = word_set("fallen_lemmas")  # "died in a gunfight with troops"
FORCE_SECTORS = {"MIL", "COP"}
COMPLAINT_TARGET_PREPS = ("over", "about", "against")
OWNER_PRONOUNS = {"its", "their", "his", "her", "our"}


def owned_by_pronoun(tok: "Token") -> bool:
    """A noun owned by a pronoun: "its chairmanship", "their forces"."""
    return tok.pos_ == "NOUN" and any(c.dep_ == "poss" and c.lower_ in OWNER_PRONOUNS for c in tok.children)


THIRD_PERSON = {"they", "them", "he", "him", "she", "her", "their", "his"}


def attribution_tail(tok: "Token") -> bool:
    """A conjunct the parser joined to a subject that is really the teller of a sentence-final attribution: "A convoy
    ... crossed into Afghanistan on Tuesday, the Taliban's Ministry of Refugees said" (the ministry tells it, it did
    not cross)."""
    if tok.dep_ != "conj":
        return False
    after = tok.right_edge.i + 1
    before = tok.left_edge.i - 1
    return after < len(tok.doc) and tok.doc[after].lemma_.lower() in SPEAKER_VERBS and tok.doc[after].pos_ in ("VERB", "AUX") \
        and before >= 0 and tok.doc[before].text == "," and after + 1 < len(tok.doc) and tok.doc[after + 1].is_punct


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


SPEAKING_FRAME_WORDS = word_set("speaking_frame_words")
FIRST_PERSON_SUBJECTS = {"we", "i"}


def _framed_speaker(doc: "Doc", index: MentionIndex) -> list[Entity]:
    """The speaker a story's opening paragraph frames what follows as the words of ("Foreign Minister Ararat Mirzoyan
    gave an interview ... Excerpts:", "spokeswoman Maria Zakharova used her weekly briefing"): the coded subject of its
    first sentence, when the paragraph names an interview, briefing or speech."""
    opening = [t for t in doc if t.idx >= index.dateline_end]
    if not opening:
        return []
    paragraph = []
    for t in opening:
        if "\n" in t.text_with_ws and paragraph:
            paragraph.append(t)
            break
        paragraph.append(t)
    if not any(t.lower_ in SPEAKING_FRAME_WORDS for t in paragraph):
        return []
    root = opening[0].sent.root
    return [e for e in entities_of(subjects(root), index) if e.code][:1]


def _in_framed_quotation(tok: "Token", index: MentionIndex) -> bool:
    """Inside a quotation opened after the story's dateline and still open at the word (one that runs over
    paragraphs: a speech's excerpts)."""
    return sum(t.text in QUOTE_MARKS for t in tok.doc[:tok.i] if t.idx >= index.dateline_end) % 2 == 1


def speakers_own_body(tok: "Token", actors: Sequence[Entity], index: MentionIndex) -> list[Entity]:
    """A state body no country names ("the Foreign Ministry summoned", "the government halted lorry traffic") inside
    the quoted words of a speaker the story's opening frames (a minister's speech): the speaker's state (round 31)."""
    if not actors or any(a.code or a.sector not in STATE_SECTORS for a in actors) or not _in_framed_quotation(tok, index):
        return []
    return _framed_speaker(tok.doc, index)


def _first_person_speaker(actor_toks: Sequence["Token"], verb: "Token", index: MentionIndex) -> list[Entity]:
    """'"We summoned the charge d'affaires"', "I pardoned 25 people" in an interview: a bare first-person subject is the
    speaker's state, the teller of the sentence or the one the story's opening frames as speaking (round 31); not
    "we and the Lithuanians"."""
    if not any(t.lower_ in FIRST_PERSON_SUBJECTS for t in actor_toks) or any(index.at(t) for t in actor_toks):
        return []  # (a stray word the parser joined to "we" names no one: "Excerpts: ... we summoned")
    return _quoted_speaker(verb, index) or _framed_speaker(verb.doc, index)


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
        if setting.lemma_.lower() in FIGHT_SETTING_NOUNS:
            sides = prep_objects(setting, ("with",)) + [p for o in prep_objects(setting, ("of",)) for p in prep_objects(o, ("with",))]
            forces = [s for s in sides if (found := index.at(s)) is not None and found.entity.sector in FORCE_SECTORS]
            if forces:
                return forces  # "was killed in an exchange of fire with police": the police's fire
    return []


FIGHT_SETTING_NOUNS = word_set("fight_setting_nouns")


CARRIER_NOUNS = word_set("carrier_nouns")


def _sender_named(verb: "Token") -> list["Token"]:
    """Who sent what the subject received ("Mirziyoyev received an invitation from Xi Jinping to attend the summit"):
    the "from" phrase on the object or on the verb; else the maker of the things received ("has taken delivery of a batch of
    Turkish-made Bayraktar TB2 drones": Turkey)."""
    senders = [p for o in objects(verb) for c in o.children if c.dep_ == "prep" and c.lower_ == "from"
               for p in c.children if p.dep_ == "pobj"]
    senders = senders or prep_objects(verb, ("from",))  # "received the bodies of 1,000 soldiers from Russia"
    return senders or [m for o in objects(verb) for m in makers_named(o)] \
        or [t for o in objects(verb) for thing in _things_of(o) for t in thing.lefts
            for t in [t, *t.lefts] if t.dep_ in ("amod", "nmod", "compound") and _nation_adjective(t)]


def _nation_adjective(t: "Token") -> bool:
    """A nation's adjective ("Indian", "Turkish"), whatever the tagger took it for."""
    return (t.pos_ == "ADJ" or t.ent_type_ == "NORP") and bool(ActorDictionary.bundled().country_code(t.text))


def _things_of(noun: "Token") -> list["Token"]:
    """A noun and the nouns its "of" phrases name ("delivery of a second batch of Indian launchers": delivery, batch,
    launchers), where the nation word of what was received stands ("Indian launchers": India, their seller)."""
    out = [noun]
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"):
        out += [t for p in prep.children if p.dep_ == "pobj" for t in _things_of(p)]
    return out


MADE_PARTICIPLES = word_set("made_participles")


def _maker_nations(toks: Sequence["Token"]) -> list[Entity]:
    """The states of makers named by a nation word ("Turkish-made drones": TUR), which the mention index leaves out
    (a maker's mark is no actor of the sentence's own verb)."""
    known = ActorDictionary.bundled()
    out = [Entity(code=code, sector="", entity_text=t.text, start=t.idx, end=t.idx + len(t.text))
           for t in toks if t.head.lower_ in MADE_PARTICIPLES and (code := known.country_code(t.text) or "")
           and code not in NON_STATE_CODES]
    return out


def makers_named(thing: "Token") -> list["Token"]:
    """The nation named as the maker of a thing, in the thing's own phrase ("Turkish-made Bayraktar TB2 drones",
    "a batch of Chinese-built radars": the word before "-made")."""
    return [t for t in thing.subtree if t.ent_type_ in ("NORP", "GPE") and t.i < t.head.i
            and (t.head.lower_ in MADE_PARTICIPLES) and t.i + 1 < len(t.doc) and t.doc[t.i + 1].text == "-"]


def carrier_owners(verb: "Token") -> list["Token"]:
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


FREEING_NOUNS = word_set("freeing_nouns")
GRATITUDE_VERBS = word_set("gratitude_verbs")
ACCUSING_PARTICIPLES = word_set("accusing_participles")


def holders_of_the_held(verb: "Token") -> list["Token"]:
    """Who holds the people a demand wants freed: "called for the release of 19 Armenians still held in Baku" (Baku),
    "demanded the freeing of the sailors held by Iran" (Iran): the holder is the addressee."""
    wanted = [o for o in objects(verb) + prep_objects(verb, ("for",)) if o.lemma_.lower() in FREEING_NOUNS]
    people = [p for w in wanted for p in prep_objects(w, ("of",))]
    held = [c for p in people + wanted for c in p.children  # (the parser may hang "held" on "release")
            if c.dep_ == "acl" and c.tag_ in ("VBN", "VBD") and c.lemma_.lower() in CAPTIVITY_VERBS]
    return [a for c in held for a in agents(c)] or [p for c in held for p in prep_objects(c, ("in",)) if p.ent_type_ == "GPE"]


REMAINDER_NOUNS = word_set("remainder_nouns")


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
    if not subj or any(actor_like(t, index) for t in subj) or not set(t.i for t in subj) <= {t.i for t in subjects(head)}:
        return []
    return [o for o in objects(head) if actor_like(o, index)]


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
    return _goods_nationality(passive_subjects(verb), index)


def _goods_nationality(carriers: Sequence["Token"], index: MentionIndex) -> list["Token"]:
    """The nationality word on the goods (or vehicles) inside a phrase of carried aid: "a convoy of 40 Turkmen
    trucks", "tonnes of Uzbek flour" (not people: "Afghan refugees")."""
    out = []
    for subj in carriers:
        for t in subj.subtree:
            goods = t.head
            if t.dep_ in ("amod", "compound") and (m := index.at(t)) is not None \
                    and (t.ent_type_ in ("NORP", "GPE", "") or m.kind == "demonym") \
                    and goods.lemma_.lower() not in ACTOR_NOUNS and goods.ent_type_ not in ("PERSON", "NORP", "ORG") \
                    and goods.pos_ == "NOUN":
                out.append(t)
    return out[:1]


def _cargo_origin(carriers: Sequence["Token"], index: MentionIndex) -> list["Token"]:
    """Who gives relief told by its carrier's arrival: the aid's origin "from X" inside the carrier's phrase ("A convoy
    of 25 trucks with humanitarian aid from Uzbekistan crossed the bridge"), else the nationality of the goods ("a
    train carrying 2,000 tonnes of Turkmen flour crossed ...")."""
    origin = [o for subj in carriers for t in subj.subtree if t.dep_ == "prep" and t.lower_ == "from"
              for o in t.children if o.dep_ == "pobj" and (m := index.at(o)) is not None and m.entity.code]
    return origin[:1] or _goods_nationality(carriers, index)


MEMBERS_MET = "who met ('a meeting of ...')"


def meeting_members(noun: "Token") -> list["Token"]:
    """The people a meeting noun is "of" ("a meeting of SCO defence ministers", "a session of the foreign ministers of
    the five states"): they meet (not "a meeting of the council's budget committee on fees": a topic has no "of")."""
    if noun.lemma_.lower() not in MEETING_NOUNS:
        return []
    return [o for o in prep_objects(noun, ("of",)) if o.pos_ in ("NOUN", "PROPN")]


def _sent_team_of_a_state(verb: "Token", index: MentionIndex) -> list["Token"]:
    """A team of people sent, named with its own state ("The Kyrgyz rescuers, sent by Emergency Situations Minister
    Boobek Ajikeev", "Kazakh rescuers sent by the Emergency Situations Ministry"): the team's words, or []."""
    if verb.lemma_.lower() not in TEAM_SENDING_VERBS:
        return []
    return [g for g in passive_subjects(verb) if g.pos_ in ("NOUN", "PROPN")
            and any(e.code and e.code not in NON_STATE_CODES for e in entities_of([g], index))]


def _sent_team_destination(verb: "Token") -> list["Token"]:
    """Where a team sent goes: the "to"/"into" phrase of the sending verb, or of the verb the team is the subject of
    ("rescuers, sent by ..., crossed into Tajikistan", "arrived in Kyrgyzstan's Batken region")."""
    goal = prep_objects(verb, ("to", "into"))
    if goal or verb.dep_ != "acl" or verb.head.dep_ not in ("nsubj", "nsubjpass"):
        return goal
    moving = verb.head.head
    goal = prep_objects(moving, ("to", "into", "in"))
    return [c for g in goal for c in g.children if c.dep_ == "poss"] or goal


def roles(tok: "Token", hit: TriggerHit, index: MentionIndex) -> tuple[list[Entity], list[Entity], str, str]:
    """Actors and recipients of a trigger from the dependency parse."""
    preps = RECIPIENT_PREPS if hit.rule.event in AT_TARGETS else tuple(p for p in RECIPIENT_PREPS if p != "at")
    if hit.rule.event in ("RETREAT", "SANCTION") or hit.rule.mode == "withdraw":
        preps = preps + ("from",)
    if hit.rule.mode == "visit":
        preps = preps + ("in",)
    consumed = set(hit.consumed)
    if not hit.nominal:
        verb = tok
        if (is_passive(verb) or verb.dep_ == "acl") and not agents(verb) and (orderer := ordering_party(verb)):
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
        elif is_passive(verb) and hit.rule.event == "AID" and (sent := _sent_team_of_a_state(verb, index)):
            # "The Kyrgyz rescuers, sent by Emergency Situations Minister Boobek Ajikeev, crossed into Tajikistan": the
            # team is what was sent, its state gives, where it goes receives (the sender shares the team's state)
            actor_toks, label_a = sent, "the state of the team sent ('Kyrgyz rescuers, sent by ...')"
            recip_toks, label_r = _sent_team_destination(verb), "where the team goes ('crossed into ...')"
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
            if not actor_toks and hit.rule.event == "AID" and (owners := carrier_owners(verb)):
                actor_toks, label_a = owners, "owner of the carrier ('aboard Kazakh planes')"
            if not actor_toks:
                actor_toks, label_a = _setting_doers(verb, index), "doer named on the happening ('in a police raid')"
            recip_toks, label_r = passive_subjects(verb), "passive subject"
        elif hit.rule.undergoer:  # "nine prisoners walked free", "the activist left prison": the freed, not the freer
            actor_toks, label_a = _sender_named(verb), "the sender or maker ('an invitation from ...', 'Turkish-made')"
            label_a = label_a if actor_toks else "untold (the subject undergoes the act)"
            recip_toks, label_r = subjects(verb), "subject (who undergoes the act)"
        else:
            actor_toks, label_a = subjects(verb), "subject"
            if (ordering := order_to_intermediary(verb)) is not None:  # "ordered internet providers to block the website"
                actor_toks, label_a = subjects(ordering), f"who '{ordering.text}' the firms to do it"
            if verb.dep_ == "relcl" and hit.rule.event in VERBAL_TYPES and actor_toks \
                    and all(t.lower_ in RELATIVE_SUBJECTS for t in actor_toks):
                # "Moldova's Bureau for Reintegration, which called the move a provocation": what 'which' stands for
                actor_toks, label_a = [verb.head], f"'{actor_toks[0].text}' = '{verb.head.text}'"
            elif len(actor_toks) == 1 and actor_toks[0].lower_ == "who" and (ante := relative_antecedent(actor_toks[0], index)) \
                    and any(e.code for e in entities_of(ante, index)):  # (not "the militants who stormed a cafe")
                # "talks with Turkmen border officials, who handed over the man's body": the officials
                actor_toks, label_a = ante, f"'who' = '{ante[0].text}'"
            actor_toks = [t for t in actor_toks if not attribution_tail(t)] or actor_toks
            actor_toks = actor_toks + _comma_joined_states(verb, actor_toks, index)
            if verb.dep_ == "acl" and _issued_text(verb.head) \
                    and verb.head.dep_ in ("dobj", "nsubjpass"):  # ("signed a decree calling up 135,000 conscripts")
                issuer = agents(verb.head.head) if verb.head.dep_ == "nsubjpass" else subjects(verb.head.head)
                if issuer:  # "sent a note to Moscow protesting ...": the sender protests
                    actor_toks, label_a = issuer, f"issuer of the '{verb.head.text}'"
            recip_toks, label_r = stranded_objects(verb), "object"
            if len(recip_toks) == 1 and recip_toks[0].lower_ in RELATIVE_OBJECTS \
                    and (ante := relative_antecedent(recip_toks[0], index)):
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
            end = verb.head.i if verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.head.i < verb.i else verb.i
            # (a participle's subject is its main verb's: "Kobakhidze on Friday rejected the EU's criticism, saying ...")
            between = [t for t in verb.sent if index.dateline_end <= t.idx and t.i < end]
            comma = next((t.i for t in between if t.text == "," and any(index.at(u) for u in between if u.i < t.i)
                          and not (t.i + 1 < len(t.doc) and t.doc[t.i + 1].dep_ == "conj")), None)  # (not a list's comma)
            # (up to a comma that closes the subject: "Indian security forces in Kashmir, acting on a tip-off that
            # militants were hiding, killed 12 rebels")
            actor_toks = [t for t in between if index.at(t) and (comma is None or t.i < comma)]
            label_a = "words between the dateline and the verb"
        actor_toks = actor_toks + _stranded_on_dateline(verb, actor_toks, index)
        if (caused := _caused_doers(verb, actor_toks, index)):
            actor_toks, label_a = caused, f"whom '{verb.head.text}' moved to act (the object)"
        actors = entities_of(actor_toks, index) or _party_group(actor_toks, index) or _unnamed_state_body(actor_toks) \
            or _maker_nations(actor_toks)
        actors = _whose_owner(verb, actor_toks, actors, index)
        actors = _owner_is_speaker(verb, actor_toks, actors, index)
        if hit.rule.event == "AID" and not is_passive(verb) and not any(a.code for a in actors) \
                and (origin := _cargo_origin(actor_toks, index)):
            actors, label_a = entities_of(origin, index), f"{label_a}; where the carried aid comes from ('{origin[0].text}')"
        if hit.rule.event == "AID" and hit.rule.subject and not is_passive(verb) and not any(a.code for a in actors) \
                and (agency := _relief_agency_speaker(verb, index)):
            actors, label_a = agency, f"{label_a}; the relief agency that tells of its convoy ('{agency[0].entity_text}')"
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
        if not actors and actor_toks and (all(t.pos_ == "PRON" or owned_by_pronoun(t) for t in actor_toks)
                                          or _small_clause_patients(verb)) \
                and first.dep_ == "ccomp" and not any(_quoted_other(t) for t in actor_toks):
            # ("a court ordered 11 of them expelled": the court, the one who orders)
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
        if actors and (speaker := _titled_speaker_of_pronoun(actor_toks, first, index)
                       or _person_speaker_of_pronoun(verb, actor_toks, first, index)):
            # "The OSCE Representative on Freedom of the Media, Jan Braathu, said he was alarmed": he is the speaker
            actors, actor_toks, label_a = speaker[0], speaker[1], f"pronoun '{actor_toks[0].text}' = the speaker named with his title"
        if not actors and not actor_toks and first.dep_ == "ccomp" and first.head.lemma_.lower() in SPEAKER_VERBS \
                and not (is_passive(verb) and (hit.rule.event not in AUTHORITY_ACTS or hit.rule.event == "RETREAT")):
            # (people "released, a village official said" are freed by their captors: see doer_of_the_scene)
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
        if not actors and (speaker := _first_person_speaker(actor_toks, verb, index)):
            actors, label_a = speaker, f"'{actor_toks[0].text}' = the speaker's state"
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
        if hit.rule.mode == "discontinue" and (partner := _treaty_partner(recip_toks, recips, actors, index)):
            recips, label_r = partner, "the other party to the treaty ('its agreement with ...')"
        if hit.rule.event in ("COERCE", "SANCTION") and (home := _banned_at_home(recip_toks, recips, actors, index)):
            recips, label_r = home, f"{label_r}; a group outlawed where it is held: the holding state"
        if hit.rule.event == "COERCE" and hit.rule.mode == "restrict" and not any(r.code for r in recips) \
                and (came := _checked_arrivals_origin(verb, index)):
            recips, label_r = came, "where the checked goods come from ('coming from ...')"
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
        if hit.rule.event == "ACCUSE":  # '"This handover breaches Kazakhstan's obligations," HRW said': the duty's owner
            owners = [p for c in verb.children if c.dep_ in ("ccomp", "conj") and (duty := breached_duty(c)) is not None
                      for p in duty.children if p.dep_ == "poss"]
            if found := [e for e in entities_of(owners, index) if e.code]:
                recips, recip_toks, label_r, extra = found, owners, "whose duties the deed is said to breach", []
        if hit.rule is ALLEGED_ABUSE_RULE:  # "Activists said officers had beaten ...": the abusers' state
            abusers = [a for c in verb.children if c.dep_ in ("ccomp", "conj") and (v := abuse_told(c)) is not None
                       for a in (agents(v) if is_passive(v) else subjects(v))]
            if found := [e for e in entities_of(abusers, index) if e.code]:
                recips, recip_toks, label_r, extra = found, abusers, "who is said to have done the abuse", []
            elif any(t.dep_ in ("dobj", "dative") and t.head.i == verb.i for t in recip_toks):
                # "Rashad Guliyev told AFP that guards ... had beaten her": the one told is no party to the abuse
                recips, recip_toks, label_r, extra = [], [], "the one told is no party to the abuse", []
        if hit.rule is LABEL_RULE:  # "said the eight men detained in Khorog belonged to a criminal group": the men held
            held = [t for c in verb.children if c.dep_ in ("ccomp", "conj") and membership_charged(c) for t in clause_subjects(c)]
            named = [e for e in entities_of(held, index) if e.code]
            recips, recip_toks, extra = named or [dataclasses.replace(a, sector="CVL", entity_text=held[0].text)
                                                  for a in actors if a.code][:1], held, []
            label_r = "the people held, put into the group" + ("" if named else " (of the speaker's own country)")
        if hit.rule.id == SPY_MASTER_RULE.id:  # "said it had arrested a man on suspicion of passing information to Azerbaijan's
            # State Security Service": the state he is said to serve
            masters = [m for c in verb.children if c.dep_ in ("ccomp", "conj") for m in service_masters(c, index)]
            if found := [e for e in entities_of(masters, index) if e.code and e.code not in entity_codes(actors)]:
                recips, recip_toks, label_r, extra = found, masters, "the state someone is said to serve", []
        if hit.rule is FOILED_PLOT_RULE:  # "foiled a plot ..., which it said had been ordered by Ukraine's intelligence"
            masters = plot_masters(verb)
            if found := [e for e in entities_of(masters, index) if e.code]:
                recips, recip_toks, label_r, extra = found, masters, "who the foiled plot is said to be ordered by", []
        if hit.rule.id == "ACCUSE/link_to":  # "linked the attack on the ministry to Russia": the one the act is tied to
            tied = tied_to(verb, objects(verb))
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
        if hit.rule.event == "ACCUSE" and recips and {r.code for r in recips} <= own and (
                maker := measure_maker(verb, index, own)):
            # "criticised the inclusion of Chinese firms in the European Union's sanctions package": one's own firms are
            # the victims, the maker of the measure the target
            recips, recip_toks, label_r = maker[0], maker[1], "who made the measure against one's own ('X's package')"
        if hit.rule.event == "ACCUSE" and recips and {r.code for r in recips} <= own and (
                faced := _party_faced_alongside(verb, index, own)):
            # "summoned Sri Lanka's high commissioner to convey its concern at the arrests of Indian fishermen",
            # "condemned the violation of Iraqi territory and called on Ankara to ...": one's own people or land are the
            # victims, the party faced in the same statement the target
            recips, recip_toks, label_r = faced[0], faced[1], "the party faced in the same statement (one's own are the victims)"
        if hit.rule.event == "PROTEST":  # "staged a protest on the Turkish side of the border": where, not against whom
            extra = [t for t in extra if t.lemma_.lower() not in PLACE_NOUNS]
        extra = [t for t in extra if t.lower_ not in SIDELINE_WORDS]  # "on the sidelines of the CIS summit": a setting
        if extra and not any(r.code and r.code not in own for r in recips):
            # the object is the actor's own means ("offered its troops to Lebanon", "recalled its ambassador
            # from Tbilisi"): a prepositional object that names a(nother) country is the recipient
            found = entities_of(extra, index) or [g for g in _party_group(extra, index) if g.code not in own]
            # ("Russia and Kazakhstan called on both sides to stop the fighting": the two the story is about)
            if not recips or any(f.code and f.code not in own for f in found) or (
                    not any(r.code for r in recips) and any(f.code for f in found)):
                recips, recip_toks, label_r = found, extra, "prepositional object"
        if hit.rule.event == "REQUEST" and recips and {r.code for r in recips} <= own and (
                posted := _posting_state(actor_toks, index, own)):
            # "its ambassador in Tajikistan had demanded consular access to the two detained Russians": one's own people
            # are whom it is for; the state the envoy is posted to is asked
            recips, recip_toks, label_r = posted[0], posted[1], "the state the envoy is posted in (asked for its own people)"
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
                if (c.dep_ == "xcomp" or (c.dep_ == "advcl" and (hit.rule.event in ("ASSAULT", "COERCE") or hit.rule.governs)
                                          and to_infinitive(c))) \
                        and c.pos_ == "VERB":  # ("fired tear gas to disperse several hundred Turkish supporters"; "promised
                    # on Monday to free 20 Ukrainian civilians": the promised act the parser hung as an adverbial clause)
                    # not the actor's own forces ("agreed to disengage their troops", "to deploy 6,000 troops")
                    let = _permitted_ones(c) if hit.rule.event == "REJECT" else []  # ("refused to let a Russian plane cross")
                    inner_toks = [t for t in objects(c) + prep_objects(c, preps) + let if not owned_by_pronoun(t)]
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
            elif (quoted := [t for t in verb.subtree if t.dep_ == "pobj" and t.head.lower_ in ("for", "against", "to")
                             and _inside_quote(t)]) and (
                    found := [f for f in entities_of(quoted, index) if f.code and f.code not in own]):
                # 'Moscow would respond "in a way that is painful for Europe"': the party the quoted threat names
                recips, recip_toks, label_r = found, quoted, "the party the quoted threat names"
        if not any(r.code for r in recips) and hit.rule.event == "REQUEST" and (holders := holders_of_the_held(verb)) \
                and (found := [f for f in entities_of(holders, index) if f.code]):
            # "thanked the OSCE and called for the release of 19 Armenians still held in Baku": whoever holds them
            recips, recip_toks, label_r = found, holders, "who holds the people to be freed ('held in/by ...')"
        if hit.rule.event == "THREATEN" and not any(r.code and r.code not in own for r in recips) and verb.dep_ == "conj" \
                and verb.head.lemma_.lower() in ACCUSING_PARTICIPLES and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) \
                and (maker := _criticised_party(verb.head, index, own)):
            # "criticised the inclusion of Chinese firms in the EU's package and warned it would take necessary measures":
            # the warning is to the one criticised
            recips, recip_toks, label_r = maker[0], maker[1], f"whom '{verb.head.text}' is aimed at (the same party)"
        if not recips and verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") and hit.rule.event in VERBAL_TYPES - {"THREATEN"} \
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) \
                and not (hit.rule.event == "REQUEST" and verb.head.lemma_.lower() in GRATITUDE_VERBS):
            # (not "thanked the OSCE for its help and called for the release of ...": whom one thanks is not asked)
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
            behind = [d for c in verb.children if c.dep_ == "ccomp" for d in doers_behind(c)]
            found = [f for f in entities_of(behind, index) if f.code and f.code not in own]
            if found:
                recips, recip_toks, label_r = found, behind, "who is said to stand behind the act"
        if not recips:  # "urged Russia to withdraw", "demanded that Baku release"
            for c in verb.children:
                if c.dep_ in ("ccomp", "xcomp"):
                    inner = [s for s in c.children if s.dep_ == "nsubj" or (s.dep_ == "nsubjpass" and hit.rule.event != "REQUEST")]
                    inner = inner or subject_on_auxiliary(c)
                    # ('said Brussels was "once again interfering"': the subject hung on the auxiliary)
                    # (not "asked that Tajik consular officers be given access": whom it is for, not whom it asks)
                    if inner:
                        found = entities_of(with_conjuncts(inner[0]), index)
                        if hit.rule.event == "THREATEN":  # "warned that Tehran would respond": the speaker's
                            found = [f for f in found if not f.code or f.code not in entity_codes(actors)]  # own side
                        if found:
                            recips, recip_toks, label_r = found, inner, "subject of the complement"
                            break
        if not any(r.code for r in recips) and (ours := [t for t in recip_toks if _first_person(t) or _speakers_own(t)]):
            speaker = [s for s in _quoted_speaker(verb, index) if s.code not in entity_codes(actors)]
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
    if not actors and tok.dep_ == "pobj" and tok.head.lower_ == "of" and (members := meeting_members(tok)):
        # (a meeting named inside another noun: "the communique of a meeting of SCO defence ministers"; a meeting the
        # clause's subject came to is theirs: "The leaders of Russia, Belarus and Kazakhstan gathered for a summit of")
        ents = entities_of(members, index)
        if ents:
            actors, reason_a = ents, _reasons(MEMBERS_MET, members, ents)
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
    if not actors and crowning_act(tok) and (parties := _crowning_parties(tok, verb)):
        ents = entities_of(parties, index)  # "talks ... that ended with the signing of a memorandum": the parties sign
        if len({e.code for e in ents if e.code}) >= 2:
            actors, reason_a = ents, _reasons(f"the parties of the meeting that '{verb.text}' with it", parties, ents)
    scene = hit.rule.event == "PROTEST" and tok.dep_ == "pobj" and tok.head.lower_ in ("at", "in", "during") \
        and verb.lemma_.lower() in SCENE_VERBS
    reaction = tok.dep_ == "dobj" and verb.lemma_.lower() in REACTING_VERBS and hit.rule.event == "RETREAT"
    if not actors and verb.i != tok.i and tok.dep_ in ("dobj", "pobj", "attr") and not scene and not reaction:
        # not "police detained dozens at anti-war protests": the police are no protesters; not "Lithuania welcomed the
        # release of its citizens": who welcomes a release did not make it
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
    if reaction and not any(r.code for r in recips) and (freed := _reactors_own_freed(tok, verb, index)) is not None:
        return freed
    return actors, recips, reason_a or "no actor found around the noun", reason_r


def _reactors_own_freed(tok: "Token", verb: "Token", index: MentionIndex) -> tuple[list[Entity], list[Entity], str, str] | None:
    """A release of the reacting state's own people, named by a reaction verb: "Lithuania welcomed the release of its
    citizens" -> the citizens are Lithuania's (recipient), freed by the one other state the story is about (actor,
    else none)."""
    freed = [o for o in prep_objects(tok, ("of",)) if any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in o.children)]
    reactors = [e for e in entities_of(subjects(verb), index) if e.code and e.code not in NON_STATE_CODES]
    if not freed or not reactors:
        return None
    own = {e.code for e in reactors}
    others = [c for c in index.principal_countries if c not in own and c not in NON_STATE_CODES]
    actors = [Entity(code=others[0], sector="GOV")] if len(others) == 1 else []
    recips = [Entity(code=reactors[0].code, sector="CVL", entity_text=freed[0].text, start=freed[0].idx,
                     end=freed[0].idx + len(freed[0].text))]
    why = f"'{freed[0].text}' = the people of '{verb.text}'s subject -> {reactors[0].code}"
    return actors, recips, ("the other state of the story frees them -> " + others[0]) if actors else \
        "who freed them is not told", why


CROWD_WORDS = word_set("crowd_words")
ENGAGING_VERBS = word_set("engaging_verbs")
SIDELINE_WORDS = word_set("sideline_words")  # "on the sidelines of the summit": where talks are held, no party to them


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


def _person_speaker_of_pronoun(verb: "Token", actor_toks: Sequence["Token"], first: "Token",
                               index: MentionIndex) -> tuple[list[Entity], list["Token"]] | None:
    """"He"/"she" as the subject of what a named person says is that person, not someone named between the two:
    "Fidan said that in a phone call with Lavrov he had told him ..." (Fidan told Lavrov). Only the pronoun subject of
    the reported verb itself ("Fidan said Lavrov called and he promised ...": 'he' belongs to the inner clause)."""
    if len(actor_toks) != 1 or actor_toks[0].lower_ not in ("he", "she") or verb.i != first.i \
            or first.dep_ != "ccomp" or first.head.lemma_.lower() not in SPEAKER_VERBS \
            or actor_toks[0].head.i != verb.i:
        return None
    outer = subjects(first.head)
    speaker = index.at(outer[0]) if len(outer) == 1 else None
    if speaker is None or speaker.kind != "person" or not speaker.entity.code:
        return None
    between = [m for m in index.mentions if outer[0].i < m.token_start < actor_toks[0].i and m.kind == "person"]
    own = {e.code for e in entities_of(actor_toks, index)}
    if not between or speaker.entity.code in own:
        return None
    return entities_of(outer, index), outer


RELATIVE_OBJECTS = frozenset({"which", "whom", "who", "that"})


def relative_antecedent(pron: "Token", index: MentionIndex) -> list["Token"]:
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


def _checked_arrivals_origin(verb: "Token", index: MentionIndex) -> list[Entity]:
    """The state checked goods or vehicles come from, told by a travel verb on the checks or on what is checked
    ("tightened inspections of goods vehicles coming from Kyrgyzstan"): its "from" phrase's states."""
    scope = [t for o in (objects(verb) if verb.pos_ == "VERB" else [verb]) for t in o.subtree]
    froms = [p for t in scope if t.dep_ == "acl" and t.lemma_.lower() in TRAVEL_VERBS
             for p in t.children if p.dep_ == "prep" and p.lower_ == "from"]
    places = [w for p in froms for o in p.children if o.dep_ == "pobj" for w in with_conjuncts(o)]
    return dedupe_entities([e for e in entities_of(places, index) if e.code and e.code not in NON_STATE_CODES])


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
    return [dataclasses.replace(e, sector=sector) for e in dedupe_entities(found)]


def _treaty_partner(recip_toks: Sequence["Token"], recips: Sequence[Entity], actors: Sequence[Entity],
                    index: MentionIndex) -> list[Entity]:
    """A state ending its own tie to a treaty ends it towards the other party named in it: "revoking Russia's
    ratification of its plutonium agreement with the United States" (USA, not RUS); only when the object names no
    one but the actor's own state."""
    own = {a.code for a in actors if a.code}
    if not own or not recips or not {r.code for r in recips if r.code} <= own:
        return []
    partners = [o for r in recip_toks for t in r.subtree if t.dep_ == "prep" and t.lower_ in ("with", "between")
                for o in t.children if o.dep_ == "pobj" for o in with_conjuncts(o)]
    found = [e for e in entities_of(partners, index) if e.code and e.code not in own | NON_STATE_CODES]
    return dedupe_entities(found)


GROUP_OUTLAWING_VERBS = word_set("group_outlawing_verbs")
HOME_COUNTRY_NOUNS = word_set("home_country_nouns")


def _outlawed_in(group: "Token") -> list["Token"]:
    """Where a relative clause on a group says it is banned: "Hizb ut-Tahrir, which has been banned in the country
    since 2003" (country)."""
    return [o for c in group.children if c.dep_ == "relcl" and c.lemma_.lower() in GROUP_OUTLAWING_VERBS
            for p in c.children if p.dep_ == "prep" and p.lower_ == "in" for o in p.children if o.dep_ == "pobj"]


def _banned_at_home(recip_toks: Sequence["Token"], recips: Sequence[Entity], actors: Sequence[Entity],
                    index: MentionIndex) -> list[Entity]:
    """Members of a non-state group held by a state where the group is banned take that state: "Kyrgyz officers
    detained nine members of Hizb ut-Tahrir, which has been banned in the country since 2003" (KGZ); not when the ban
    is elsewhere ("..., which is banned in Russia", held in Kazakhstan)."""
    own = [a for a in actors if a.code and a.code not in NON_STATE_CODES]
    if not own or not recips or any(r.code not in NON_STATE_CODES for r in recips):
        return []
    groups = [t for r in recip_toks for t in r.subtree if t.pos_ == "PROPN"]
    places = [o for g in groups for o in _outlawed_in(g)]
    home = {own[0].code}
    if not any(o.lemma_.lower() in HOME_COUNTRY_NOUNS or {e.code for e in entities_of([o], index)} == home
               for o in places):
        return []
    return [dataclasses.replace(own[0], sector=recips[0].sector or "CVL", entity_text=recips[0].entity_text)]


def crowd_subject(tok: "Token") -> bool:
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
    regional security, including the situation in Afghanistan"); also what a joined verb discussed ("met in Cholpon-Ata
    and discussed the situation in Afghanistan"): a topic, never a party to the talks."""
    verbs = [v for v in (verb, *(c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"))
             if v.lemma_.lower() in TOPIC_DISCUSSING_VERBS]
    topics = [o for v in verbs for o in v.children if o.dep_ in ("dobj", "nsubjpass")]
    topics += [o for v in verbs for p in v.children if p.dep_ == "prep" and p.lower_ in ("on", "about", "over", "regarding")
               for o in p.children if o.dep_ == "pobj"]
    return any(tok.i in {t.i for t in o.subtree} for o in topics)


OBSERVER_NOUNS = word_set("observer_nouns")


def _attending_as_observer(tok: "Token", head: "Token") -> bool:
    """A state attending a meeting only as an observer ("met in Gabala, with Hungary and Turkmenistan attending as
    observers"): not the other side of the members' talks."""
    cur = tok
    while cur.i != head.i and cur.head.i != cur.i:
        cur = cur.head
        if cur.pos_ == "VERB" and any(p.dep_ == "prep" and p.lower_ == "as" and any(
                o.dep_ == "pobj" and o.lemma_.lower() in OBSERVER_NOUNS for o in p.children) for p in cur.children):
            return True
    return False


def _bystander_of_talks(tok: "Token") -> bool:
    """A name inside what a meeting discussed ("met and discussed the situation in Afghanistan": the talks verb joined
    to the meeting's; not "warned it was examining plans for a strike on Guam"), or of a state there only as an
    observer: no party to the news."""
    return any(v.pos_ == "VERB" and v.dep_ == "conj" and _discussed_topic(tok, v) for v in tok.ancestors) \
        or _attending_as_observer(tok, tok.sent.root)


def clause_country(head: "Token", actors: list[Entity], index: MentionIndex, reason: str,
                    nested: bool = False, event: str = "") -> tuple[list[Entity], str]:
    """No recipient in the parse: a country (or IGO) named in the trigger's own clause (often the place
    where it happened: "lifted the curfew in Montenegro") that is not the actor. A capital named as the venue of a
    cooperative act of two named parties is no third party to it ("X and Y signed a peace accord in Moscow")."""
    actor_spans = {(a.start, a.end) for a in actors}
    actor_codes = {a.code for a in actors if a.code}
    clause = sorted(head.subtree, key=lambda t: t.i) if nested else clause_tokens(head)
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
        if event == "CONSULT" and _attending_as_observer(head.doc[m.token_start], head):
            reason = f"{reason}; not '{m.text}' (an observer attending, no party to the talks)"
            continue
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
    return [e for e in dedupe_codes(found) if e.code not in actor_codes]


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


STATE_SECTORS = {"GOV", "MIL", "COP", "SPY", "JUD", "LEG"}
# acts that only authorities perform: with no agent in the text ("was detained", "a case was opened")
# the actor is the government of the story's country
AUTHORITY_ACTS = type_set("authority_acts")
DOMESTIC_DEFAULT = type_set("domestic_default")
DIRECTED_DEFAULT = type_set("directed_default")


def speaker_or_authority(tok: "Token", hit: TriggerHit, sent: "Span", event: str,
                          index: MentionIndex) -> tuple[list[Entity], str]:
    """An actor-less non-violent event: the government speaker of its sentence ("..., the Border Troops
    said") or, for an agentless passive act of authority, the government of the story's country. A cyber attack
    has neither: the body that tells of one ("the ministry said the portal was hit by a DDoS attack") is its target."""
    if hit.rule.mode == "cyber":
        return [], ""
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
    if event not in AUTHORITY_ACTS or not (is_passive(verb) or hit.nominal) or agents(verb):
        return [], ""
    if hit.rule.mode == "arrest":
        # "two men were detained in Osh": arrests are made by the police (of the story's country, or of the
        # place the sentence names: see location_roles._state_actors_from_location); captured soldiers, fighters and
        # hostages are not arrested by police
        held = passive_subjects(verb) if not hit.nominal else prep_objects(tok, ("of",))
        if any(t.lemma_.lower() in CAPTIVE_NOUNS for t in held) or any(
                e.sector in FIGHTING_SECTORS for e in entities_of(held, index)):
            return [], ""
        state = state_of_the_story(index)
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
        state = state_of_the_story(index) if hit.rule.mode == "release" else index.main_country  # (a bloc may sanction or
        # lift sanctions, not free prisoners)
        if state:  # (raids and seizures are police work: placed where they happen, see location_roles._state_actors_from_location)
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


def fronted_country(sent: "Span", index: MentionIndex) -> str:
    """The country a sentence opens with as its scene: "KYIV – In Moldova, the Interior Ministry put border police on
    alert" (the ministry is Moldova's, not the dateline's)."""
    table = token_table(sent.doc)
    words = [i for i in range(sent.start, sent.end) if table.idx[i] >= index.dateline_end and not table.punct[i]]
    if len(words) < 3 or table.lower[words[0]] != "in" or sent.doc[words[0]].dep_ != "prep":
        return ""
    place = [p for p in sent.doc[words[0]].children if p.dep_ == "pobj"]
    m = index.at(place[0]) if place else None
    nxt = place[0].i + 1 if place else 0
    if m is None or not m.entity.code or m.kind not in ("country", "capital") or nxt >= len(sent.doc) \
            or sent.doc[nxt].text != ",":
        return ""
    return m.entity.code


COUNTRY_LABEL = re.compile(r"[ \t]*[A-Z][A-Z .'\-]{2,30}:[ \t]")  # "TAJIKISTAN: Border troops ...", a round-up's item label


def labelled_item_country(sent: "Span", index: MentionIndex) -> str:
    """The country a round-up item is labelled with at the start of its paragraph ("TAJIKISTAN: BORDER TROOPS KILL TWO
    ARMED SMUGGLERS — ...", "GEORGIA: Tbilisi City Court fines 14 protesters — ..."): the scene of the paragraph's acts,
    as an opening "In Moldova, ..." is (not a label of two countries, "TURKEY/AZERBAIJAN:")."""
    text = doc_text(sent.doc)
    start = text.rfind("\n", 0, sent.start_char) + 1
    label = COUNTRY_LABEL.match(text, start)
    if label is None:
        return ""
    codes = {m.entity.code for m in index.mentions if label.start() <= m.start and m.end <= label.end()
             and m.kind == "country" and m.entity.code}
    return next(iter(codes)) if len(codes) == 1 else ""


def state_of_the_story(index: MentionIndex) -> str:
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


ISSUER_REACH = 2  # sentences back to the one that says who issued "the statement"


def own_possessive_only(tok: "Token", actors: Sequence[Entity], recips: Sequence[Entity]) -> bool:
    """The recipient found is only the actor's own possessive on the thing it gives: "offered Switzerland's good
    offices for talks" (Switzerland offers, it is not offered to). Such a recipient is none."""
    own = {a.code for a in actors if a.code}
    if tok.pos_ not in ("VERB", "AUX") or not own or not recips or not {r.code for r in recips} <= own:
        return False
    owners = [c for o in objects(tok) for c in o.children if c.dep_ == "poss"]
    return bool(owners) and all(c.pos_ == "PROPN" or c.lower_ in ("its", "their", "our") for c in owners) \
        and not any(t.ent_type_ != "DATE" for t in prep_objects(tok, RECIPIENT_PREPS))


def needs_owner(tok: "Token", index: MentionIndex) -> list[Entity]:
    """Whom help is offered to, told by whose needs it answers: "stood ready to provide humanitarian assistance
    'according to the needs of the Kyrgyz side'" -> KGZ (the phrase may hang on "stood")."""
    cur, found = tok, []
    for _ in range(3):
        found += [o for a in cur.children if a.dep_ == "prep" and a.lower_ == "according" for t in a.children
                  if t.lower_ == "to" for n in t.children if n.dep_ == "pobj" and n.lemma_.lower() in NEED_NOUNS
                  for o in prep_objects(n, ("of",))]
        if found or cur.dep_ not in ("xcomp", "acomp") or cur.head.i == cur.i:
            break
        cur = cur.head
    return [e for e in entities_of(found, index) if e.code]




PARTNERED_DEAL_VERBS = word_set("partnered_deal_verbs")


def deal_with_partner(tok: "Token", event: str, actors: Sequence[Entity], recips: Sequence[Entity]) -> bool:
    """A deal one party made "with" another binds both, so both are actor and recipient (sample ca-0103, "signed
    agreements with Japarov"): "Gazprom agreed with Kazakhstan's QazaqGaz on Friday to expand transit", "the bank
    signed an agreement with Tajikistan's Ministry of Finance". Not an opinion shared ("agreed with his assessment":
    no deal without a "to ..." or "on ..."), nor a party that is only the actor's own."""
    if event not in ("AGREE", "SUPPORT", "COOPERATE") or tok.pos_ not in ("VERB", "AUX") \
            or tok.lemma_.lower() not in PARTNERED_DEAL_VERBS:
        return False
    partners = prep_objects(tok, ("with",)) + [p for o in objects(tok) for p in prep_objects(o, ("with",))]
    if not partners:
        return False
    if tok.lemma_.lower() == "agree" and not (any(c.dep_ == "xcomp" for c in tok.children) or prep_objects(tok, ("on",))
                                             or any(c.dep_ == "acl" and to_infinitive(c) for p in partners for c in p.children)):
        return False  # ("agreed with Turkmengaz on Thursday to extend ...", the "to" hung on the partner)
    own = {a.code for a in actors if a.code}
    return len(own) == 1 and bool({r.code for r in recips if r.code} - own)


DELEGATION_LEADING_VERBS = word_set("delegation_leading_verbs")


def partner_leads_delegation(tok: "Token") -> bool:
    """Talks with a partner who led his country's delegation to the gathering are the partner's visit to the host:
    "Miller held talks with Uzbek Energy Minister Jurabek Mirzamakhmudov, who led his country's delegation to the
    forum" (UZB -> RUS, round 29: sideline talks in the host's country go visitor -> host)."""
    partners = prep_objects(tok, ("with",)) + [p for o in objects(tok) for p in prep_objects(o, ("with",))]
    return len(partners) == 1 and any(
        c.dep_ == "relcl" and c.lemma_.lower() in DELEGATION_LEADING_VERBS
        and any(o.lemma_.lower() == "delegation" for o in objects(c)) for c in partners[0].children)


def rejecter_of_claim(tok: "Token", index: MentionIndex) -> tuple[list[Entity], list[Entity]] | None:
    """A naming participle the parser hung inside a rejected claim: "The spokesperson rejected Manila's claim that a
    Chinese vessel had rammed a Philippine boat, calling it 'a complete distortion of facts'": the rejecter calls the
    claim so (actor: the subject of "rejected", none if unnamed), aimed at the claim's owner (Manila -> PHL)."""
    if tok.dep_ != "advcl" or tok.tag_ != "VBG":
        return None
    if claim_rejected(tok.head):
        claim = tok.head.head
    elif any(o.lower_ == "it" for o in objects(tok)) and (claims := [
            o for o in objects(tok.head) if o.lemma_.lower() in ALLEGATION_NOUNS]):
        claim = claims[0]  # "rejected Tallinn's claim that ..., calling it 'a cheap provocation'" (hung on "rejected")
    else:
        return None
    owners = [c for c in claim.children if c.dep_ == "poss"]
    return entities_of(subjects(claim.head), index), [e for e in entities_of(owners, index) if e.code]


def object_shifted_past_as(verb: "Token") -> list["Token"]:
    """The object a verb's "as" phrase pushed to the end, which the parser hangs on "as" as a second noun: "rejected
    as 'biased, full of fabrications' a resolution adopted by the European Parliament" -> "resolution"."""
    as_phrases = [p for p in verb.children if p.dep_ == "prep" and p.lower_ == "as"]
    if objects(verb) or not as_phrases:
        return []
    inside = list(as_phrases[0].subtree)
    closing = [t for t in inside if t.tag_ == "''"]
    if not closing:
        return []
    end = closing[-1].i
    return [t for t in inside if t.i > end and t.pos_ in ("NOUN", "PROPN") and t.head.i <= end][:1]


BLOC_CODES = {"EUR", "UNO", "IGO"}


def bloc_spoken_for(verb: "Token", index: MentionIndex) -> list[Entity]:
    """A delegate speaking for a bloc makes the bloc the actor: "Speaking on behalf of the European Union, the Cypriot
    delegation demanded ..." -> EUR; "Poland's ambassador, on behalf of the EU, condemned ..." -> EUR."""
    holders = [verb, *(c for c in verb.children if c.dep_ == "advcl" and c.lemma_.lower() in ("speak", "act"))]
    holders += [a for s in subjects(verb) for a in s.children if a.dep_ == "prep"]
    ons = [p for h in holders for p in ([h] if h.dep_ == "prep" and h.lower_ == "on"
                                        else [c for c in h.children if c.dep_ == "prep" and c.lower_ == "on"])]
    names = [o for p in ons for b in p.children if b.dep_ == "pobj" and b.lower_ == "behalf"
             for o in prep_objects(b, ("of",))]
    found = [e for n in names if (e := entity_of(n, index)) is not None and e.code in BLOC_CODES]
    return found[:1]


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
ACT_OWNER_WORDS = word_set("act_owner_pronouns")  # "its", "their", "her", "his", "such"
SAID_ACT_NOUNS = word_set("said_act_nouns")  # "her statement": any verbal act of hers
ANY_ACT_NOUNS = word_set("any_act_nouns")  # "the move": any act
VERBAL_ACT_TYPES = {"ACCUSE", "REQUEST", "THREATEN", "REJECT", "AGREE", "SUPPORT"}


def _issued_text(noun: "Token") -> bool:
    """A text that speaks for whoever sent or signed it ("a note", "a decree"), or one adopted or issued ("adopted a
    resolution condemning Belarus")."""
    lemma = noun.lemma_.lower()
    return lemma in DOCUMENT_NOUNS | ORDER_DOCUMENT_NOUNS or (
        lemma in AUTHORED_TEXT_NOUNS and noun.head.lemma_.lower() in TEXT_ISSUING_VERBS)


def author_of_named_act(tok: "Token", hit: TriggerHit, earlier: Sequence["Draft"], s_i: int,
                         actors: Sequence[Entity], index: MentionIndex) -> tuple[list[Entity], str]:
    """"A Russian drone hit an aid point. The UN coordinator condemned the strike": a response to an act named by a
    definite noun ("the strike", "the tests", "the warning", "the criticism", "the demand") is aimed at whoever did
    that act, the actor of the last coded act of that kind ("rejected the warning" -> the one who warned)."""
    verb = tok if not hit.nominal else clause_verb(tok)
    own = set(entity_codes(actors))
    about = ("over", "about", "against", "to") + (("by",) if verb.lower_ in EXPERIENCER_PARTICIPLES else ())
    named = [o for o in objects(verb) + prep_objects(verb, about)  # (also "concerned by the move")
             if o.pos_ == "NOUN" and _names_no_party(o, index, own)
             and any(c.dep_ in ("det", "poss") and c.lower_ in DEFINITE_DETS | ACT_OWNER_WORDS for c in o.children)]
    for noun in named:
        lemma = noun.lemma_.lower()
        kinds = {event for event, nouns in NAMED_ACT_NOUNS.items() if lemma in nouns or noun.lower_ in nouns}
        if lemma in SAID_ACT_NOUNS or noun.lower_ in SAID_ACT_NOUNS:  # "rejected her statement": whatever she said
            kinds |= VERBAL_ACT_TYPES
        if lemma in ANY_ACT_NOUNS or noun.lower_ in ANY_ACT_NOUNS:  # "concerned by the move": whatever was done
            kinds |= set(NAMED_ACT_NOUNS) | {"CONCEDE", "RETREAT", "REJECT"}
        if not kinds:
            continue
        # (an act told further back counts when its sentence names it with the same word: "Russian drones hit the
        # port in an attack ... [ten updates later] Moldova condemned the attack")
        told = [d for d in reversed(earlier) if (d.sent_index >= s_i - AUTHOR_REACH or _names_act_alike(d, noun))
                and d.verdict == "coded" and _act_of_kind(d, kinds) and any(a.code and a.code not in own for a in d.actors)]
        # the act told with the same word first ("A suicide bomber ... killed nine. Forces raided a house. X condemned the
        # bombing": the bomber's, not the nearest attack's)
        stem = lemma[:4]
        # and a one-sided act before an exchange of fire ("Militants opened fire on road builders. Border guards exchanged
        # fire with the militants. Beijing condemns the attack": the militants' attack, not the return fire)
        told.sort(key=lambda d: (not any(t.lower_.startswith(stem) for t in d.sent), bool(d.hit.rule.reciprocal)))
        for d in told[:1]:
            authors = [a for a in d.actors if a.code and a.code not in own]
            return dedupe_codes(authors), f"the doer of '{noun.text}' ({d.event} '{d.sent.doc[d.hit.token_i].text}')"
    return [], ""


CUSTODY_ENDINGS = {("RETREAT", "release")}  # a release tells who held them: "FSB border guards released the ship"


def _act_of_kind(d: "Draft", kinds: Collection[str]) -> bool:
    """Whether a coded act is one of the kinds a noun names; a release counts for a detention ("The FSB released the
    ship on Monday. Kyiv condemned the detention": the FSB's, though the seizure itself went uncoded)."""
    return d.event in kinds or ("COERCE" in kinds and (d.event, d.mode) in CUSTODY_ENDINGS)


def _names_act_alike(d: "Draft", noun: "Token") -> bool:
    """Whether the sentence of a coded act names it with the noun's own word ("in an attack" ... "the attack"); a
    release names the custody with a captivity verb ("released a ship it had detained" ... "the detention")."""
    if (d.event, d.mode) in CUSTODY_ENDINGS:
        return noun.lemma_.lower() in NAMED_ACT_NOUNS["COERCE"] and any(t.lemma_.lower() in CAPTIVITY_VERBS for t in d.sent)
    return any(t.pos_ == "NOUN" and t.lemma_.lower() == noun.lemma_.lower() for t in d.sent)


def _names_no_party(tok: "Token", index: MentionIndex, own: Collection[str] = ()) -> bool:
    """Whether a noun phrase names no party with a country of its own ("the strike", not "Moscow's warning"); the
    speaker's own people it names are no doer ("regretted the listing of two Bishkek-based trading companies", said
    by the Kyrgyz Foreign Ministry)."""
    return not any((m := index.at(t)) is not None and m.entity.code and m.entity.code not in own for t in phrase_tokens(tok))


CUSTODY_ACTS = {("COERCE", "arrest"), ("COERCE", "abduct"), ("ASSAULT", "abduct"), ("CONCEDE", ""), ("SANCTION", "convict")}
SCENE_REACH = 3  # sentences back to the act whose doers an agentless arrest continues


def doer_of_the_scene(draft: "Draft", earlier: Sequence["Draft"], s_i: int, freed_people: Sequence[Entity] = (),
                       index: MentionIndex | None = None) -> tuple[list[Entity], list[Entity], str]:
    """Who did an agentless act, from the acts told before: people set free ("The men were released on Friday") are
    freed by whoever held them (the last coded arrest, abduction, sentence or pardon of the story); a man "detained
    at the scene" is detained by the forces whose act the previous sentence told ("Tajik border guards exchanged fire
    with smugglers. A third man ... was detained at the scene")."""
    if draft.event == "RETREAT" and draft.mode == "release":
        freed = set(entity_codes(freed_people))
        for d in reversed(earlier):
            if (d.event, d.mode if d.event != "CONCEDE" else "") not in CUSTODY_ACTS:
                continue
            actors, recips = d.actors, d.recipients
            if d.verdict.startswith("not coded: background") and index is not None:
                # "two days after Russian border guards detained two Georgian villagers": the custody is told as
                # background, its captor named all the same
                actors, recips, _, _ = roles(d.sent.doc[d.hit.token_i], d.hit, index)
            elif d.verdict != "coded":
                continue
            held = [a for a in actors if a.code and a.start is not None and ("actor", a.start, a.end) not in d.inferred]  # (named)
            if held and not set(entity_codes(held)) <= freed and (d.sent_index < s_i or d.event == "CONCEDE"):
                # (not the freed themselves, nor a captivity the same sentence describes: "Italian fishermen, held
                # captive in Libya, have been freed")
                return dedupe_codes(held), [r for r in recips if r.code], \
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
                return dedupe_codes(held), [r for r in d.recipients if r.code], \
                    f"the captor: actor of the arrest before ('{d.sent.doc[d.hit.token_i].text}')"
        return [], [], ""
    if (draft.event == "COERCE" and draft.mode == "arrest") or unnamed_forces(draft.sent.doc[draft.hit.token_i]):
        # ("Turkish warplanes struck PKK targets. Ground units taking part in the operation also seized a cache")
        for d in reversed(earlier):
            if d.sent_index < s_i - SCENE_REACH:
                break
            forces = [a for a in d.actors if a.code and a.sector in FORCE_SECTORS and a.start is not None
                      and ("actor", a.start, a.end) not in d.inferred]
            if d.verdict == "coded" and d.event in ("ASSAULT", "COERCE") and forces:
                teller = teller_state(draft.sent.doc[draft.hit.token_i], index) if index is not None else []
                if teller and not set(entity_codes(teller)) & set(entity_codes(forces)):
                    # "Tajik guards killed two Afghan smugglers. A Taliban spokesman said border units in Badakhshan
                    # had detained two men": the teller's own units, not those of the act before
                    return teller, [], f"the teller's own forces ('{teller[0].entity_text}')"
                return dedupe_codes(forces), [], f"the forces of the act before ('{d.sent.doc[d.hit.token_i].text}')"
    return [], [], ""


def teller_state(tok: "Token", index: MentionIndex) -> list[Entity]:
    """The state whose official reports a clause: "Hamdullah Fitrat, deputy spokesman of the Taliban government, said
    that border units had detained two men" (AFG)."""
    teller = next((t for t in tok.ancestors if t.lemma_.lower() in SPEAKER_VERBS and t.pos_ == "VERB"), None)
    if teller is None:
        return []
    return [e for e in entities_of(subjects(teller), index) if e.code and e.code not in NON_STATE_CODES
            and e.sector in STATE_SECTORS and not _bureau_guess(e, index)][:1]


def _bureau_guess(teller: Entity, index: MentionIndex) -> bool:
    """A code an unnamed official ("the Khorasan Razavi police chief") took from the dateline alone ("PRAGUE, May 20
    (RFE/RL) — Iran and Afghanistan: the morning briefing"): a bureau abroad, which no other mention of the text names
    (not "KABUL - ... an Afghan smuggler ... Zabihullah Mujahid said")."""
    return teller.code == index.dateline_country and not any(
        m.entity.code == teller.code and m.start != teller.start for m in index.mentions)


GIFT_WORDS = word_set("gift_words")


def arrival_place(verb: "Token") -> "Token | None":
    """The named place relief reached: "arrived in Herat", "touched down in Kabul", "landed at Termez airport",
    "reached the town of Tawila"."""
    reached = [p for o in objects(verb) if o.lemma_.lower() in SETTLEMENT_NOUNS for p in prep_objects(o, ("of",))]
    for o in reached + prep_objects(verb, ("in", "at", "into", "to")):
        if o.ent_type_ in ("GPE", "LOC", "FAC") or any(c.ent_type_ in ("GPE", "LOC") for c in o.children) \
                or (o.pos_ == "PROPN" and o.ent_type_ not in ("PERSON", "DATE", "NORP", "TIME")):  # ("Herat" taken for an ORG)
            return o
    return None


SETTLEMENT_NOUNS = word_set("settlement_nouns")


def relief_origin(verb: "Token", index: MentionIndex) -> list[Entity]:
    """The country relief came from when the vehicle that brought it names none: "a train of 40 wagons loaded with
    flour crossed the Friendship Bridge from Uzbekistan into Afghanistan" -> UZB."""
    inside_subject = {t.i for s in subjects(verb) + passive_subjects(verb) for t in s.subtree}
    donors = [a for i in inside_subject for a in agents(verb.doc[i])
              if verb.doc[i].dep_ == "acl" and verb.doc[i].tag_ == "VBN"]  # "a train carrying flour donated by Kazakhstan"
    donors += [verb.doc[i] for i in sorted(inside_subject) if verb.doc[i].dep_ == "pobj" and verb.doc[i].head.lower_ == "from"
               and verb.doc[i].head.head.lemma_.lower() in GIFT_WORDS]  # "a convoy ..., sent as a gift from the Turkmen people"
    origins = [t for t in verb.subtree if t.dep_ == "pobj" and t.head.lower_ == "from" and t.i not in inside_subject]
    return [e for e in entities_of(donors, index) + entities_of(origins, index) if e.code][:1]


def last_helped(earlier: Sequence["Draft"], actors: Sequence[Entity]) -> list[Entity]:
    """The recipients (of a country, not the giver's) of the last coded aid of the story."""
    own = set(entity_codes(actors))
    for d in reversed(earlier):
        helped = [r for r in d.recipients if r.code and r.code not in own]
        if d.verdict == "coded" and d.event == "AID" and helped:
            return dedupe_codes(helped)
    return []


def defenders_of_attacked(verb: "Token", actors: Sequence[Entity], earlier: Sequence["Draft"], s_i: int,
                          index: MentionIndex) -> list[Entity]:
    """Forces of no country sent somewhere in an agentless passive after an attack: the attacked state's ("Militants
    from Afghanistan fired on a Tajik border post. Additional troops were sent to the Darvoz section of the frontier":
    TJK; "... attacked a Chinese camp in Tajikistan": the state it happened in). Only with one such state in the last
    coded attack, told at most two sentences before."""
    if not is_passive(verb) or agents(verb) or any(a.code for a in actors) \
            or not all(a.sector in FORCE_SECTORS for a in actors):
        return []
    if not actors:  # "Reinforcements were sent": forces the dictionary does not know
        moved = [t for t in passive_subjects(verb) if t.lemma_.lower() in SENT_FORCE_NOUNS]
        if not moved:
            return []
        actors = [Entity(code="", sector="MIL", entity_text=moved[0].text, start=moved[0].idx,
                         end=moved[0].idx + len(moved[0].text))]
    for d in reversed(earlier):
        if d.sent_index < s_i - 2:
            break
        if d.verdict == "coded" and d.event == "ASSAULT":
            doers = {a.code for a in d.actors if a.code}
            hit = _attack_ground(d.sent, index) - doers or \
                {r.code for r in d.recipients if r.code and r.code not in NON_STATE_CODES and len(r.code) == 3} - doers
            return [dataclasses.replace(actors[0], code=hit.pop())] if len(hit) == 1 else []
    return []


def _attack_ground(sent: "Span", index: MentionIndex) -> set[str]:
    """The states an attack's sentence places it in ("attacked a Chinese mining camp in Tajikistan's Gorno-Badakhshan
    region": TJK), not where the attackers came from."""
    out: set[str] = set()
    for m in index.in_sentence(sent.start, sent.end):
        cur = next((t for t in sent.doc[m.token_start:m.token_end] if t.dep_ in ("poss", "pobj")), sent.doc[m.token_end - 1])
        if cur.dep_ == "poss":
            cur = cur.head
        if m.entity.code and m.kind in ("country", "capital") and cur.dep_ == "pobj" and cur.head.lower_ in ("in", "near"):
            out.add(m.entity.code)
    return out


VISIT_SCENE_WORDS = word_set("visit_scene_words")
SENT_FORCE_NOUNS = word_set("sent_force_nouns")


def scene_ground(sent: "Span", previous: "Span | None", index: MentionIndex) -> str:
    """The country of protesters or police of no stated country when their sentence names no known place: the one
    place the sentence before sets its scene in ("Putin arrived in Ulaanbaatar on Wednesday. A few dozen demonstrators
    gathered in Sukhbaatar Square": MNG; "... gathered near the Chinese consulate in Almaty. Police detained five of
    them": KAZ), not a place a relative clause only talks about ("whose relatives have been held in camps in
    Xinjiang"), else ""."""
    if places_named(sent, index) or previous is None:
        return ""
    before = places_named(previous, index, told_about=False)
    if not before and _set_at_dateline_city(previous, index):
        return index.dateline_country
    return next(iter(before)) if len(before) == 1 else ""


def _set_at_dateline_city(sent: "Span", index: MentionIndex) -> bool:
    """Whether a story's first sentence sets its scene in the dateline's own city, a place the actor dictionary does
    not know ("ALMATY, Oct 7 - ... gathered outside the Chinese consulate in Almaty"): its country is the dateline's."""
    if not index.dateline_country or sent.start_char >= index.dateline_end:
        return False
    city = doc_text(sent.doc)[:index.dateline_end].split(",")[0].strip().lower()
    return any(t.lower_ == city and t.dep_ == "pobj" and t.head.lower_ in SETTING_PREPS
               and not any(a.dep_ in ("relcl", "acl") and _opens_with_wh_word(a) for a in t.ancestors) for t in sent)


WH_TAGS = ("WDT", "WP", "WP$", "WRB")


def _opens_with_wh_word(clause: "Token") -> bool:
    """Whether a clause the parser calls relative has a wh-word of its own ("whose relatives are held in Xinjiang");
    not a main verb the parser hung on the dateline's city ("ALMATY - ... citizens gathered ... in Almaty")."""
    return any(c.tag_ in WH_TAGS or any(g.tag_ in WH_TAGS for g in c.children) for c in clause.children)


def visitor_protested(sent: "Span", actors: Sequence[Entity], earlier: Sequence["Draft"], s_i: int) -> list[Entity]:
    """A protest timed to a foreign leader's visit told just before is against the visitor's state: "Putin arrived in
    Ulaanbaatar. Demonstrators gathered before his motorcade arrived" (RUS). The protest's sentence must point at the
    visit (a third-person pronoun, or a word like motorcade, visit, arrival)."""
    if not any(t.lower_ in ("his", "her", "him") or t.lemma_.lower() in VISIT_SCENE_WORDS for t in sent):
        return []
    own = {a.code for a in actors if a.code}
    for d in reversed(earlier):
        if d.sent_index < s_i - 1:
            break
        if d.verdict == "coded" and d.event == "CONSULT" and d.mode == "visit":
            guests = [a for a in d.actors if a.code and a.code not in NON_STATE_CODES and a.code not in own]
            return dedupe_codes(guests)[:1] if len({a.code for a in guests}) == 1 else []
    return []


FORCE_NOUNS = word_set("force_nouns")


def unnamed_forces(verb: "Token") -> bool:
    """An active act whose subject is a force no country or name goes with ("Ground units ... also seized a cache"):
    the forces of the operation told before."""
    if is_passive(verb):
        return False
    subj = [s for s in subjects(verb) if s.head.i == verb.i]
    return bool(subj) and all(s.lemma_.lower() in FORCE_NOUNS and not any(c.dep_ in ("poss", "compound", "amod") and c.pos_ == "PROPN"
                                                                         for c in s.children) for s in subj)


def _party_inside_object(verb: "Token", index: MentionIndex, own: set[str]) -> tuple[list[Entity], list["Token"]] | None:
    """A party with a country named anywhere inside the object of a demand or accusation whose own phrase names only
    people with no country ("an investigation of the detainees' complaints about Russian police" -> RUS). A relative
    clause only describes the object ("the release of all political prisoners, whom the rights centre Viasna numbers at
    1,150"): who speaks in it is not the one the demand is made of."""
    for o in objects(verb):
        inside = [t for t in o.subtree if not _in_relative_clause(t, o)]
        for m in index.in_tokens(sorted(inside, key=lambda t: t.i)):
            if m.entity.code and m.entity.code not in own and m.kind != "pronoun":
                tok = verb.doc[m.token_end - 1]
                return [m.entity if m.entity.start is not None else dataclasses.replace(m.entity, start=m.start, end=m.end)], [tok]
    return None


def _in_relative_clause(tok: "Token", top: "Token") -> bool:
    """Whether `tok` sits in a relative clause below `top` ("prisoners, whom Viasna numbers at 1,150": "Viasna")."""
    cur = tok
    while cur.i != top.i and cur.head.i != cur.i:
        if cur.dep_ == "relcl":
            return True
        cur = cur.head
    return False


def _named_by_what(verb: "Token") -> list["Token"]:
    """What a "what X called ..." object is called ("rejected what it called Kyiv's fabrications" -> "fabrications")."""
    return [o for c in verb.children if c.dep_ == "ccomp" and c.lemma_.lower() in CHARACTERISING_VERBS
            and any(w.lower_ == "what" for w in c.children) for o in c.children if o.dep_ == "oprd"]


def _place_of_deed_abroad(verb: "Token", index: MentionIndex, own: set[str]) -> tuple[list[Entity], list["Token"]] | None:
    """The foreign state named as the place of a deed done to one's own people ("Moscow branded the sentencing of two
    Russian journalists in Baku a mockery of justice", "condemned the arrest of its citizens in Tbilisi")."""
    for o in objects(verb) + misplaced_names(verb):
        places = [t for t in o.subtree if t.dep_ == "pobj" and t.head.lower_ == "in" and t.ent_type_ == "GPE"]
        found = [e for e in entities_of(places, index) if e.code and e.code not in own and is_state(e)]
        if found:
            return found, places
    return None


def measure_maker(verb: "Token", index: MentionIndex, own: set[str]) -> tuple[list[Entity], list["Token"]] | None:
    """The foreign maker of a measure inside the object of a criticism, named as its possessor or "by" phrase:
    "criticised the inclusion of Chinese firms in the European Union's new sanctions package" (EUR), "the listing of
    two Kyrgyz banks by the EU"."""
    for o in objects(verb):
        makers = [t for t in o.subtree if t.i != o.i and (t.dep_ == "poss" or (t.dep_ == "pobj" and t.head.dep_ == "agent")
                                                          or (t.dep_ == "pobj" and t.head.lower_ == "by"))]
        found = [e for e in entities_of(makers, index) if e.code and e.code not in own
                 and (is_state(e) or e.code in ("EUR", "IGO", "UNO"))]
        if found:
            return found, makers
    return None


def _party_faced_alongside(verb: "Token", index: MentionIndex, own: set[str]) -> tuple[list[Entity], list["Token"]] | None:
    """The foreign party a complaint's own statement faces: the envoy summoned to hear it ("summoned Sri Lanka's
    high commissioner to convey its concern") or the addressee of a demand joined to it ("condemned ... and called on
    Ankara to respect its sovereignty")."""
    faced = list(objects(verb.head)) if verb.dep_ == "xcomp" else []
    joined = [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"]
    faced += [t for c in joined for t in objects(c) + prep_objects(c, ("on", "upon"))]
    found = [e for e in entities_of(faced, index) if e.code and e.code not in own and (is_state(e) or e.code in ("EUR", "IGO"))]
    return (found[:1], faced) if found else None


def _criticised_party(verb: "Token", index: MentionIndex, own: set[str]) -> tuple[list[Entity], list["Token"]] | None:
    """Whom a criticism verb aims at: the maker of a measure in its object (see measure_maker), else a foreign party
    its object names ("criticised Brussels")."""
    if (maker := measure_maker(verb, index, own)):
        return maker
    found = [f for f in entities_of(objects(verb), index) if f.code and f.code not in own]
    return (found, objects(verb)) if found else None


def _posting_state(actor_toks: Sequence["Token"], index: MentionIndex, own: set[str]) -> tuple[list[Entity], list["Token"]] | None:
    """The foreign state an actor is placed in by its own phrase: "its ambassador in Tajikistan", "the Russian consul
    in Osh" (TJK, KGZ)."""
    places = [p for t in actor_toks for p in prep_objects(t, ("in",)) if p.ent_type_ == "GPE"]
    found = [e for e in entities_of(places, index) if e.code and e.code not in own and is_state(e)]
    return (found, places) if len({e.code for e in found}) == 1 else None


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


def _who_came_to_the_setting(verb: "Token") -> list["Token"]:
    """The subject of the verb a meeting noun hangs on, for "they" in a "where" clause on it ("Leaders of the OTS
    gathered in Gabala for the summit, where they adopted a declaration": the leaders)."""
    noun = verb.head
    if verb.dep_ != "relcl" or noun.dep_ != "pobj" or not any(c.lower_ == "where" for c in verb.children):
        return []
    return subjects(noun.head.head) if noun.head.head.pos_ in ("VERB", "AUX") else []


def pronoun_antecedent(verb: "Token", earlier: Sequence["Draft"], s_i: int, previous: Sequence["Span"] = (),
                        index: MentionIndex | None = None) -> tuple[list[Entity], str]:
    """"It urged Bishkek ...", "he warned ...": a pronoun subject opening its sentence continues the
    topic of the previous sentence (the subject of its main verb, when that names a country or
    organisation); otherwise it is the actor of the last coded event of the same or the two previous
    sentences."""
    if is_passive(verb):
        return [], ""
    subj = subjects(verb)
    plural = len(subj) == 1 and subj[0].lower_ == "they"  # "Kazakh farmers rallied in Shymkent. They demanded ..."
    if not subj or not (plural or all(t.lower_ in SINGULAR_PRONOUNS or owned_by_pronoun(t) for t in subj)):
        return [], ""  # (also "Its leaders said ...": the leaders of the one the sentence before was about)
    if plural and index is not None and (came := _who_came_to_the_setting(verb)):
        found = [e for e in entities_of(came, index) if e.code]
        if found:
            return found, f"'they' = who came to the '{verb.head.text}' ('{came[0].text}')"
    if index is not None and min(t.left_edge.i for t in subj) == verb.sent.start:
        for prev in reversed(previous):  # "The statement ..." speaks for the one who issued it: look further back
            prev_subj = subjects(prev.root)
            if plural and not (len(prev_subj) == 1 and prev_subj[0].tag_ in ("NNS", "NNPS")):
                break  # ("they" goes back only to a plural subject just before)
            found = entities_of(prev_subj, index) or _reported_subject_of_a_text(prev.root, prev_subj, index)
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


TEXT_SOURCE_NOUNS = word_set("text_source_nouns")


def _reported_subject_of_a_text(root: "Token", speakers: Sequence["Token"], index: MentionIndex) -> list[Entity]:
    """The party a text reported acting, for a pronoun after it ("An earlier version of this bulletin said Azerbaijan had
    detained two soldiers. It detained one."): a text speaks for no one, so the pronoun is the reported clause's subject."""
    if root.lemma_.lower() not in REPORTING or not speakers or not all(
            s.lemma_.lower() in TEXT_SOURCE_NOUNS for s in speakers):
        return []
    reported = [s for c in root.children if c.dep_ == "ccomp" for s in subjects(c)]
    return entities_of(reported, index)


def _last_coded_parties(earlier: Sequence["Draft"], first_sentence: int, role: str) -> tuple[list[Entity], "Draft | None"]:
    """The actors (or recipients) with a country of the last coded event from `first_sentence` on."""
    for d in reversed(earlier):
        if d.sent_index < first_sentence:
            break
        coded = [e for e in getattr(d, role) if e.code]
        if d.verdict == "coded" and coded:
            return coded, d
    return [], None


def pronoun_patient(verb: "Token", earlier: Sequence["Draft"], s_i: int, previous: "Span | None" = None,
                     index: MentionIndex | None = None) -> tuple[list[Entity], str]:
    """"Iran seized 15 British sailors. They were freed on Wednesday.": the pronoun subject of a passive
    act is the recipient of the last coded event of the same or the previous sentence. "Most of those on board had
    been detained" after "A flight carrying 186 Tajik citizens ... landed": the people of a nation the previous
    sentence names, when no act told them."""
    if is_passive(verb) and verb.lower_ in EXPERIENCER_PARTICIPLES:
        return [], ""  # "it was deeply concerned by the move": the one who feels it, no one acted on
    subj = passive_subjects(verb) if is_passive(verb) else _small_clause_patients(verb)
    subj = _each_of(subj)
    if not subj or not all(t.lower_ in PLURAL_PRONOUNS | SINGULAR_PRONOUNS | {"those"} for t in subj):
        # "detained a Polish citizen ... and a criminal case had been opened against him": the one acted on before;
        # also on the object: "said it had opened a criminal case against them"
        against = prep_objects(verb, ("against",)) + [p for o in objects(verb) for p in prep_objects(o, ("against",))]
        subj = [t for t in against if t.lower_ in OBJECT_PRONOUNS]
        # "A district court ordered him held", "remanded him in custody": the one arrested before
        held = [t for t in _each_of(objects(verb)) + [s for c in verb.children if c.dep_ in ("xcomp", "ccomp")
                                                      for s in c.children if s.dep_ == "nsubj"]
                if t.lower_ in OBJECT_PRONOUNS] if CUSTODY_ORDER_VERBS.intersection(lemma_variants(verb)) else []
        case = _agentless_case(verb) if not subj and not held else None
        if not subj and (held or case is not None):
            # "A district court ordered him held", "a criminal case has been opened": the person detained just before
            detainees, d = _last_detainees(earlier, s_i - 1)
            if d is not None:
                what = f"pronoun '{held[0].text}'" if held else f"'a {case.text} was opened' (no suspect named)"
                return detainees, f"{what} = the one detained before -> {detainees[0].code}"
            return [], ""
        if not subj:
            return [], ""
    if any(c.lemma_.lower() in UNNAMED_CULPRIT_WORDS for t in subj for c in t.children):
        return [], ""  # "those responsible would be held to account": culprits not named, no one acted on before
    coded, d = _last_coded_parties(earlier, s_i - 1, "recipients")
    if d is not None:
        return coded, f"pronoun '{subj[0].text}' = recipient of '{d.hit.rule.event}' before -> {coded[0].code}"
    if previous is not None and index is not None and subj[0].lower_ == "those":
        people = [m.entity for m in index.in_sentence(previous.start, previous.end)
                  if m.entity.code and m.entity.code not in NON_STATE_CODES and m.entity.sector in PEOPLE_SECTORS]
        if people:
            return people[:1], f"'{subj[0].text}' = the people named before -> {people[0].code}"
    return [], ""


PERMISSION_VERBS = word_set("permission_verbs")


def _permitted_ones(verb: "Token") -> list["Token"]:
    """Whom a verb of letting lets do a thing, when the parser makes them the subject of a clause under it ("refused to
    let a Russian government plane carrying a Duma delegation cross its airspace": the plane)."""
    if verb.lemma_.lower() not in PERMISSION_VERBS:
        return []
    return [s for c in verb.children if c.dep_ == "ccomp" for s in c.children if s.dep_ == "nsubj"]


def _small_clause_patients(verb: "Token") -> list["Token"]:
    """The object pronoun of a participle ordered done to it ("a court ordered them deported"), which the parser
    makes the participle's subject: the one the act is done to, as the subject of a passive; also "ordered 11 of them
    expelled"."""
    if verb.tag_ != "VBN" or verb.dep_ not in ("ccomp", "xcomp", "oprd") or is_passive(verb):
        return []
    held = [c for c in verb.children if c.dep_ == "nsubj"]
    return [t for c in held for t in [c, *prep_objects(c, ("of",))] if t.lower_ in OBJECT_PRONOUNS]


# the acts after which a pronoun held or punished is the one they held: the arrest, or the release just told ("The five
# men were released after a court fined each of them")
HOLDING_ACTS = {("COERCE", "arrest"), ("RETREAT", "release")}


def _each_of(toks: Sequence["Token"]) -> list["Token"]:
    """"fined each of them", "sentenced two of them": the "of" noun a quantifier picks from, else the word itself."""
    return [o for t in toks for o in ([t] if t.lower_ not in PARTY_QUANTIFIERS | {"each", "most", "some", "all", "many", "several"}
                                      else prep_objects(t, ("of",)) or [t])]


def _last_detainees(earlier: Sequence["Draft"], first_sentence: int) -> tuple[list[Entity], "Draft | None"]:
    """The people of a stated nationality held in the last coded arrest from `first_sentence` on ("detained a Kazakh
    citizen": KAZ), not an agency named in it."""
    for d in reversed(earlier):
        if d.sent_index < first_sentence:
            break
        people = [r for r in d.recipients if r.code and r.sector in PEOPLE_SECTORS | {""}]
        if d.verdict == "coded" and (d.event, d.mode) in HOLDING_ACTS and people:
            return people, d
    return [], None


CRIMINAL_CASE_NOUNS = word_set("criminal_case_nouns")
CUSTODY_ORDER_VERBS = word_set("custody_order_verbs")


def _agentless_case(verb: "Token") -> "Token | None":
    """The case of "a criminal case has been opened for espionage" (passive, no agent, no "against"), or None."""
    if not is_passive(verb) or agents(verb) or prep_objects(verb, ("against",)):
        return None
    return next((s for s in passive_subjects(verb) if s.lemma_.lower() in CRIMINAL_CASE_NOUNS
                 and not prep_objects(s, ("against",))), None)


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
    if _plural_head_lemma(t) in GATHERED_HEADS and quantified:
        return t
    if t.lower_ == "two" and t.pos_ == "NUM":  # "the two discussed"
        return t
    return None


def _plural_head_lemma(t: "Token") -> str:
    """The singular of a plural noun, also of one capitalised as a title the tagger took for a name ("The Ministers
    agreed" in a joint statement: NNPS, its lemma left as written); "" for any other word."""
    if t.tag_ == "NNS":
        return t.lemma_.lower()
    return t.lower_[:-1] if t.tag_ == "NNPS" and t.lower_.endswith("s") else ""


def meeting_parties(verb: "Token", earlier: Sequence["Draft"], s_i: int, sentences: Sequence["Span"],
                     index: MentionIndex) -> tuple[list[Entity], "Draft | None", str]:
    """The parties of the meeting or call told just before, for a subject that points back to them ("Araghchi
    spoke by phone with Bayramov. They agreed to ..." -> IRN, AZE): those of a coded meeting in this or the previous
    sentence, else the people of two or more states named in the previous sentence ("Erdogan offered ... during a
    call with Pashinyan. The two leaders also discussed ..." -> TUR, ARM)."""
    subj = _gathered_subject(verb)
    if subj is None or any((m := index.at(t)) is not None and m.entity.code for t in subj.subtree) \
            or _of_another_group(subj):
        return [], None, ""  # ("the two Koreas", "both Kyrgyz and Tajik officials", "the leaders of three opposition
        # parties" name their own)
    quoted = _gathering_quoted(verb, earlier, sentences)
    for d in reversed(earlier):
        if d.sent_index < s_i - 1 and d is not quoted:
            if quoted is None:
                break
            continue
        if d.verdict == "coded" and d.event == "CONSULT":
            parties = dedupe_codes(d.actors + d.recipients)
            if len(parties) > 2 and (_counted_two(subj) or hosting(d) or d.hit.rule.id.endswith("/host")
                                     or d.mode == "third-party"):  # "the (two) sides" of talks a third state
                # hosted: its guests ("Cassis, who received both delegations, said the sides had agreed")
                parties = next((p for p in (dedupe_codes(d.recipients), dedupe_codes(d.actors)) if len(p) >= 2), parties)
            if len(parties) >= 2:
                return parties, d, f"'{subj.text}' = the parties of the {d.hit.rule.event} before ({'/'.join(e.code for e in parties)})"
    if s_i == 0:
        return [], None, ""
    prev = sentences[s_i - 1]
    people = [m.entity for m in index.in_sentence(prev.start, prev.end)
              if m.kind == "person" and m.entity.code and m.entity.code not in NON_STATE_CODES]
    parties = dedupe_codes(people)
    if len(parties) >= 2:
        return parties, None, f"'{subj.text}' = the people of the previous sentence ({'/'.join(e.code for e in parties)})"
    return [], None, ""


def _gathering_quoted(verb: "Token", earlier: Sequence["Draft"], sentences: Sequence["Span"]) -> "Draft | None":
    """The last meeting coded, when it gathered three or more states and the verb is in a quotation opened after it (its
    statement: "The foreign ministers of Turkey, Azerbaijan and Georgia met ... The joint statement reads: '... The
    Ministers agreed ...'": "the Ministers" are its parties), or None."""
    meeting = next((d for d in reversed(earlier) if d.verdict == "coded" and d.event == "CONSULT"), None)
    if meeting is None or len(dedupe_codes(meeting.actors + meeting.recipients)) < 3:
        return None
    told = sentences[meeting.sent_index]
    return meeting if sum(t.text in QUOTE_MARKS for t in verb.doc[told.end:verb.i]) % 2 == 1 else None


def _of_another_group(subj: "Token") -> bool:
    """"the leaders of three opposition parties": people of a group the phrase names itself (not "the leaders of the
    two countries", "the heads of both delegations")."""
    return any(o.pos_ == "NOUN" and o.lemma_.lower() not in GATHERED_PARTY_NOUNS for c in subj.children
               if c.dep_ == "prep" and c.lower_ == "of" for o in c.children if o.dep_ == "pobj")


GATHERED_PARTY_NOUNS = word_set("gathered_party_nouns")


def _counted_two(subj: "Token") -> bool:
    """"the two sides", "both ministers", "the two": a subject that counts two parties."""
    return subj.lower_ in ("two", "both") or any(c.lower_ in ("two", "both") for c in subj.children)


def dedupe_codes(ents: Sequence[Entity]) -> list[Entity]:
    """One entity per country code, in order."""
    out: list[Entity] = []
    for e in ents:
        if e.code and all(o.code != e.code for o in out):
            out.append(e)
    return out


def one_per_code(ents: Sequence[Entity]) -> list[Entity]:
    """The entities of one role without repeats, in order: of one country code, a second of the same sector, or one
    naming no sector beside one that does ("CHISINAU" and "Moldova"; "Afghanistan" and "Afghan Taliban forces"), is
    the same party told twice; two sectors of one state stay ("Guards of Azerbaijan's State Border Service": COP, MIL).
    Entities without a code stay."""
    sectored = {e.code for e in ents if e.code and e.sector}
    out: list[Entity] = []
    for e in ents:
        if e.code and (any((o.code, o.sector) == (e.code, e.sector) for o in out) or (not e.sector and e.code in sectored)):
            continue
        out.append(e)
    return out


def foreign_demonym(sent: "Span", actors: Sequence[Entity], index: MentionIndex, head: "Token | None" = None) -> list[Entity]:
    """An arrest, deportation, sanction or pardon whose only recipient is the actor's own country, in a
    sentence that names another nationality ("2,500 Uzbek migrants were deported"): that nationality (not one of
    the offence: "sentenced ... for fighting in Ukraine as a mercenary on the Russian side")."""
    own = set(entity_codes(actors))
    for m in index.in_sentence(sent.start, sent.end):
        code = m.entity.code
        if head is not None and (incidental_country(sent.doc[m.token_start], head)
                                 or outside_that_conjunct(sent.doc[m.token_start], head)):
            continue
        people = m.kind == "demonym" or (m.kind == "sector" and m.entity.sector in PEOPLE_SECTORS)  # ("citizens of
        # Uzbekistan, Kyrgyzstan and Tajikistan")
        if people and code and len(code) == 3 and code not in own and code not in NON_STATE_CODES \
                and not _demonym_of_a_thing(sent.doc[m.token_end - 1]):
            first = Entity(code=code, sector=m.entity.sector or "CVL", entity_text=m.text, start=m.start, end=m.end)
            return [first, *_with_listed(m, sent.doc, index, own | {code})[1:]]
    return []


def own_people_named(recips: Sequence[Entity], foreign: Sequence[Entity], doc: "Doc",
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
    return dedupe_codes([ent, *listed])


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


def joint_parties(tok: "Token", hit: TriggerHit, index: MentionIndex) -> tuple[list[Entity], str]:
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


def _legal_charge(d: Draft) -> bool:
    """A criminal charge ("charged eight politicians with sabotage", "were charged in absentia", "indicted"): like a
    sentence, it falls on people of the charging state when no other is named."""
    tok = d.sent.doc[d.hit.token_i]
    return d.event == "ACCUSE" and tok.lemma_.lower() in LEGAL_CHARGE_LEMMAS and not d.hit.nominal \
        and not any(c.dep_ == "ccomp" for c in tok.children)  # (not "charged that Moscow had armed the rebels")


OBJECTION_NOUNS = word_set("objection_nouns")


def blocked_body(verb: "Token", d: Draft, earlier: Sequence[Draft]) -> list[Entity]:
    """Whom lifting an objection or a veto yields to: the maker of the decision told just before ("EU foreign ministers
    adopted a new sanctions package. Hungary and Slovakia, which had held up the package, lifted their objections":
    EUR), when the text names no foreign recipient."""
    own = set(entity_codes(d.actors))
    if any(r.code and r.code not in own for r in d.recipients) \
            or not any(o.lemma_.lower() in OBJECTION_NOUNS for o in objects(verb)):
        return []
    for e in reversed(earlier):
        if e.sent_index < d.sent_index - 1:
            break
        makers = [a for a in e.actors if a.code and a.code not in own]
        if e.verdict == "coded" and makers and e.event not in ("CONCEDE", "CONSULT"):
            makers = dedupe_codes(makers)
            return makers if len(makers) == 1 and makers[0].code in ("EUR", "IGO", "UNO") else []
    return []


def fellow_criticism(d: Draft, earlier: Sequence[Draft]) -> "Draft | None":
    """A criticism with no target named, told in the same sentence as a coded criticism by the same actor that names
    one: "criticised the EU's listing of Chinese firms, said Beijing 'firmly opposes unilateral sanctions'" (one
    ACCUSE against the EU, not a second one against the story's other party)."""
    if d.event != "ACCUSE" or not any(a.code for a in d.actors):
        return None
    own = set(entity_codes(d.actors))
    return next((e for e in reversed(earlier) if e.sent_index == d.sent_index and e.verdict == "coded"
                 and e.event == "ACCUSE" and set(entity_codes(e.actors)) == own
                 and any(r.code and r.code not in own for r in e.recipients)), None)


SUPPLY_RESTORING_RULES = {"RETREAT/restore_supply", "RETREAT/supply_flows_again", "CONCEDE/restore_supply"}


def _supply_act(d: Draft) -> bool:
    """A supply cut or restored by its supplier ("the Uzbek operator Uztransgaz cut off supplies over unpaid bills",
    "Uztransgaz resumed deliveries"): aimed at the state supplied, not at the supplier's home."""
    return (d.event == "COERCE" and d.mode == "withhold") or d.hit.rule.id in SUPPLY_RESTORING_RULES


def _pair_named_here(d: Draft, pair: Sequence[str], index: MentionIndex) -> list[str]:
    """Which of the story's two states the act's own sentence names: "Kyrgyz officials have said China's Export-Import
    Bank has agreed to finance a new power line" in a story that also tells of Tajikistan's loan -> only KGZ."""
    doc = d.sent.doc
    named = {m.entity.code for m in index.in_sentence(d.sent.start, d.sent.end) if m.entity.code and m.kind != "pronoun"
             and not incidental_country(doc[m.token_end - 1], d.sent.root)}  # (not "shipped by rail through Uzbekistan")
    return [c for c in pair if c in named]


WITHHELD_NAMING_VERBS = frozenset({"name", "identify", "blame", "mention"})


def _naming_withheld(verb: "Token") -> bool:
    """The speaker says outright it names no one ("without naming any country, called the incident unacceptable
    interference", "without naming Russia"): the act has no recipient to guess."""
    return any(c.dep_ == "prep" and c.lower_ == "without" and any(
        p.dep_ == "pcomp" and p.lemma_.lower() in WITHHELD_NAMING_VERBS for p in c.children) for c in verb.children)


UNNAMED_CULPRIT_WORDS = word_set("unnamed_culprit_words")


def _unnamed_culprits(verb: "Token") -> bool:
    """The act falls on culprits the speaker does not name, as its own patient: "those responsible would be held to
    account", "the perpetrators will be punished"; not culprits deep inside the object ("measures targeting those
    responsible" in a story about a state)."""
    patients = [c for c in verb.children if c.dep_ in ("nsubjpass", "dobj")]
    return bool(patients) and all(p.lemma_.lower() in UNNAMED_CULPRIT_WORDS
                                  or any(c.lemma_.lower() in UNNAMED_CULPRIT_WORDS for c in p.children) for p in patients)


def find_default_recipient(d: Draft, index: MentionIndex,
                       parties: Collection[str] | None = None) -> tuple[list[Entity], str, bool]:
    """No recipient in the text: an act addressed to someone falls on the other state the story is
    about ("the Kyrgyz delegation asked for ..."); an arrest, rally, sentence or release falls on the
    actor's own country. `parties` narrows the story's states to those that act or are acted on (see
    news_parties_only). The flag tells a guess at another state of the story."""
    if d.event == "COERCE" and d.recipients and all(_foreigners_unnamed(r) for r in d.recipients):
        return [], "", False  # "detained seven migrants": no state of theirs is told, and they are not the actor's
    states = [c for c in index.principal_countries if parties is None or c in parties]
    own = [a.code for a in d.actors if a.code and len(a.code) == 3 and a.code not in NON_STATE_CODES]
    if len(set(own)) >= 2 and (d.event in JOINT_DEFAULT or d.hit.rule.id.startswith("SUPPORT/sign")):
        # "Russia and Uzbekistan signed an agreement", "agreed to ...": a joint act of several states
        return [Entity(code=c, sector="") for c in dict.fromkeys(own)], "a joint act of several states: each other's", False
    supply = _supply_act(d)
    domestic = (d.event in DOMESTIC_DEFAULT and not supply) or d.mode in ("investigate", "convict") or _legal_charge(d) \
        or any(a.office.lower() in LOCAL_OFFICES for a in d.actors) \
        or (d.actors and all(a.sector in HOME_SECTORS for a in d.actors))  # "Armenia's opposition criticised the deal"  # "the district governor promised to pass their
    # demands to Bishkek": a local official deals with people at home
    scene = fronted_country(d.sent, index)
    tok = d.sent.doc[d.hit.token_i]
    if _naming_withheld(tok):  # ("without naming any country, called the incident interference": none guessed)
        return [], "the speaker names no side", False
    if d.event == "THREATEN" and _unnamed_culprits(tok):  # ("those responsible would be held to account": no one named)
        return [], "the threatened are unnamed culprits", False
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
    if not domestic and not at_home and (d.event in DIRECTED_DEFAULT or supply):
        pair = states[:2]
        if len(pair) == 2 and not set(pair) & set(entity_codes(d.actors)) and d.event != "ACCUSE":
            # a third party (the UN, a neighbour) urging, offering or calling in a two-state story
            # addresses both states
            if len(here := _pair_named_here(d, pair, index)) == 1:
                return [Entity(code=here[0], sector="")], f"third party: the state of the story its sentence names -> {here[0]}", True
            return [Entity(code=c, sector="") for c in pair], f"third party: both states of the story -> {'/'.join(pair)}", True
        other = next((c for c in states if c not in entity_codes(d.actors)), "")
        if other and (own or d.event != "ACCUSE"):
            return [Entity(code=other, sector="")], f"other party of the story -> {other}", True
    if domestic or d.event in DIRECTED_DEFAULT:
        home = own[0] if own else state_of_the_story(index)  # ("The mission criticised restrictions on the media" in a story
        # about the OSCE's report on Kazakhstan's election: Kazakhstan)
        if not own and named_only_in_passing(home, index, d.sent.doc):
            home = ""  # "A court in Karaganda sentenced a man ... for taking part in the war in Ukraine": not Ukraine's
        if home and home not in NON_STATE_CODES and (domestic or not own or at_home or home == state_of_the_story(index)):
            return [Entity(code=home, sector="CVL")], f"own country of the act -> {home}", False
    return [], "", False


BORDER_PASSAGE_NOUNS = word_set("border_passage_nouns")
EVERY_PARTY_WORDS = word_set("every_party_quantifiers")


def state_across_passage(d: Draft, index: MentionIndex) -> list[Entity]:
    """The state across a border passage a state's act closes or reopens: "Lithuania closed the Medininkai checkpoint"
    in a story about Belarus -> BLR (the other state of the story), "Kazakhstan reopened the Korday border crossing,
    allowing lorries stranded on the Kyrgyz side to move" -> KGZ; not the actor's own people, nor the crossing's town."""
    own = {a.code for a in d.actors if a.code and len(a.code) == 3 and a.code not in NON_STATE_CODES}
    if not (d.event == "COERCE" or (d.event == "RETREAT" and d.mode == "access")) or not own \
            or not _closes_border_passage(d.sent.doc[d.hit.token_i]):
        return []
    across = next((c for c in index.principal_countries if c not in own), "")
    return [Entity(code=across, sector="")] if across else []


DRAFT_SPONSORING_VERBS = word_set("draft_sponsoring_verbs")
VETO_LEMMAS = word_set("veto_lemmas")
SPONSOR_REACH = 2  # sentences from a veto to the one naming the draft's sponsors (its own and the next)


def draft_sponsors(tok: "Token", sentences: Sequence["Span"], s_i: int, index: MentionIndex) -> list[Entity]:
    """The named sponsors of a draft a state vetoed, the veto's recipients: "Russia vetoed a draft resolution ... The
    text, drafted by France and Britain, won 12 votes" -> FRA, GBR (the "by" doers of a sponsoring participle, in the
    veto's sentence or the next). Not the council that voted."""
    if tok.lemma_.lower() not in VETO_LEMMAS:
        return []
    for sent in sentences[s_i:s_i + SPONSOR_REACH]:
        for verb in sent:
            if verb.lemma_.lower() not in DRAFT_SPONSORING_VERBS or verb.tag_ != "VBN":
                continue
            doers = [w for a in verb.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"
                     for w in with_conjuncts(p)]
            found = [e for e in entities_of(doers, index) if e.code]
            if found:
                return found
    return []


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
    named += [c for o in objects(tok) for c in o.children if c.dep_ == "appos"]  # ("the Islam Qala–Dogharoun border
    # crossing": a name split at its dash, the passage noun hung on its first half)
    return any(t.lemma_.lower() in BORDER_PASSAGE_NOUNS or t.lower_ in BORDER_PASSAGE_NOUNS for t in named)


BACKGROUND_VERDICTS = ("not coded: background", "not coded: historical", "not coded: noun")  # (a noun merely
# mentioned tells no news: "In 2010, violence in Osh drove thousands into Uzbekistan")


def _named_in_passing(m: LinkedMention, doc: "Doc") -> bool:
    """A nationality word that names no party: an ethnic origin ("the Russian-Armenian billionaire", "Russian
    billionaire Karapetyan"), or a country named as the enemy of a war that describes people ("veterans of the war with
    Russia"). (Not "Belarusian balloons": a thing of that state's acts.)"""
    if named_war(doc[m.token_end - 1]):
        return True
    if m.kind != "demonym":
        return False
    last = doc[m.token_end - 1]
    hyphened = any(0 < i < len(doc) and doc[i].text in ("-", "–") and not doc[i].whitespace_ and not doc[i - 1].whitespace_
                   for i in (m.token_start - 1, m.token_end))
    return (hyphened and last.head.lemma_.lower() not in BOUNDARY_NOUNS) \
        or (last.dep_ in ("amod", "compound") and last.head.pos_ == "PROPN")  # (not "the Tajik-Afghan border")


def named_only_in_passing(code: str, index: MentionIndex, doc: "Doc") -> bool:
    """Whether a story names a country only in passing: in an offence, a route or a maker (see incidental_country),
    or as what talks were about ("discussed the situation in Afghanistan")."""
    named = [m for m in index.mentions if m.entity.code == code and m.kind != "pronoun"]
    return bool(named) and index.dateline_only_country != code \
        and all(incidental_country(doc[m.token_start], doc[m.token_start].sent.root)
                or _bystander_of_talks(doc[m.token_start]) for m in named)


CLAIM_REACH = 3  # sentences back from a claim of responsibility to the attack it owns


def _claimants(sent: "Span", index: MentionIndex) -> list[Entity]:
    """Who claims an attack in a sentence: "ISKP claimed responsibility", "ISKP later said it had carried out the
    attack" (the subject of the claim, or of the report around "it")."""
    doc, lemmas = sent.doc, token_table(sent.doc).lemma
    for i in range(sent.start, sent.end):
        if lemmas[i] not in CLAIMING_VERBS and lemmas[i] != "carry":
            continue  # (the two tests below, on the token table: most words are neither)
        tok = doc[i]
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


def claimed_attacks(drafts: Sequence[Draft], sentences: Sequence["Span"], index: MentionIndex) -> None:
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
            d.recipients = [r for r in d.recipients if r.code not in entity_codes(claimants)]
            d.actor_reason = f"{d.actor_reason}; claimed by '{claimants[0].entity_text}' (sentence {s_i + 1}) -> {claimants[0].code}"


def responses_to_claimed_acts(drafts: Sequence[Draft], index: MentionIndex) -> None:
    """A response to a named act whose doer was only known once a later claim was read ("A suicide bomber blew
    himself up ... ISIS-K claimed responsibility ... UNAMA condemned the bombing") is aimed at the claimant, not at the
    default country of the act (author_of_named_act, asked again after claimed_attacks)."""
    for n, d in enumerate(drafts):
        if d.verdict != "coded" or d.event not in RESPONSE_TYPES or not d.default_recipient:
            continue
        tok = d.sent.doc[d.hit.token_i]
        authors, why = author_of_named_act(tok, d.hit, drafts[:n], d.sent_index, d.actors, index)
        if authors:
            d.recipients, d.default_recipient, d.party_guess, d.both_parties = authors, False, False, False
            d.recipient_reason = f"{d.recipient_reason}; {why}"


UNMANNED_WEAPON_NOUNS = word_set("unmanned_weapon_nouns")


def _guessed_weapon(a: Entity, d: Draft) -> bool:
    """A weapon as doer whose state was only guessed ("sea drones struck a mooring point": drones of no named state),
    not people or forces ("security forces regained control")."""
    words = a.entity_text.lower().split()
    return ("actor", a.start, a.end) in d.inferred and bool(words) and words[-1] in UNMANNED_WEAPON_NOUNS


def news_parties_only(drafts: Sequence[Draft], index: MentionIndex) -> None:
    """A guessed "other party of the story" must act or be acted on in the news: a state the story names only in
    passing ("modelled on Russian legislation", "the Russian-Armenian billionaire", a 2020 recap) is no party to
    "the Prime Minister accused the opposition"; the guess falls back to the actor's own country, or to none."""
    parties = {c for d in drafts if d.verdict == "coded"
               for c in (*entity_codes(d.actors), *([] if d.default_recipient else entity_codes(d.recipients)))}
    if not drafts:
        return
    doc = drafts[0].sent.doc
    told = {(d.sent.start, d.sent.end) for d in drafts if not d.verdict.startswith(BACKGROUND_VERDICTS)}
    parties |= {m.entity.code for start, end in told for m in index.in_sentence(start, end)
                if m.entity.code and m.kind != "pronoun" and not _named_in_passing(m, doc)
                and not incidental_country(doc[m.token_start], doc[m.token_start].sent.root)
                and not _bystander_of_talks(doc[m.token_start])}  # ("If Baku attacks,
    # Yerevan will respond": a party of the news, though no act of its own is coded; not a sentence of a 2020 recap)
    if index.lead_end:  # the lead tells the news even with no trigger ("An earthquake in Afghanistan's Badakhshan
        lead = doc[index.lead_end - 1].sent  # province killed 230 people"), though not what a thing is like
        parties |= {m.entity.code for m in index.in_sentence(lead.start, lead.end)
                    if m.entity.code and m.kind != "pronoun" and not _named_in_passing(m, doc)
                    and not (m.kind == "demonym" and _demonym_of_a_thing(doc[m.token_end - 1]))
                    and not _bystander_of_talks(doc[m.token_start])}
    for d in drafts:
        if d.verdict != "coded" or not d.party_guess or set(entity_codes(d.recipients)) <= parties:
            continue
        fallback, why, guessed = find_default_recipient(d, index, parties)
        lost = "/".join(c for c in entity_codes(d.recipients) if c not in parties)
        d.recipients, d.party_guess, d.both_parties = fallback, guessed, len(fallback) > 1
        d.default_recipient = bool(fallback)
        told = d.recipient_reason.rsplit("; ", 1)[0]  # (the reasons before the guess)
        d.recipient_reason = f"{told}; {lost} takes no part in the story's news" + (f"; {why}" if why else "")


def fill_countries(actors: list[Entity], recips: list[Entity], sent_countries: Sequence[str],
                    story_country: str, event: str = "", story_state: str | None = None,
                    places: Collection[str] = (), doc: "Doc | None" = None,
                    passing: Collection[str] = (), home_ground: Sequence[str] = (),
                    home_agency: str = "") -> tuple[list[Entity], list[Entity]]:
    """Sector-only entities ("riot police") take the story's country, or else a country of the sentence
    that plays no other role in the event (not one named only in `passing`: "for fighting in the war in Ukraine").
    Police, courts and security services arresting or charging stay the story's unless the other country is a place
    the sentence names (`places`: "police in Baku"); border guards take the one country the story is set in
    (`home_ground`). In violence, a non-state actor ("armed men") is not given the dateline's country. People on the
    receiving end take the story's state (`story_state`): residents who get UN food are no UN people. In a story a
    national agency files at home (`home_agency`, when the story names another state more often), a country of the
    sentence that plays no other role comes first, then the agency's state ("Water Resources Minister Nurzhan
    Nurzhigitov asked the Russian side" -> KAZ; but "Poland's Defence Minister said the army had sent 1,500 soldiers"
    in a Minsk agency's story -> POL)."""
    def fill(ents: list[Entity], other: list[Entity]) -> list[Entity]:
        used = {e.code for e in other if e.code}
        choices = [story_country] if story_country else []
        choices += [c for c in sent_countries if c not in choices and c not in NON_STATE_CODES  # not "the rights group",
                    and c not in passing]  # nor "for taking part in the war in Ukraine"
        if home_agency and home_agency != story_country:
            choices = [c for c in choices[1:] if c not in used] + [home_agency] + choices[:1]
        pick = next((c for c in choices if c not in used), "")
        if len(set(home_ground)) == 1 and all(_frontier_force(e) for e in ents):
            pick = home_ground[0]  # "Gunmen wounded two Chinese workers at a mining site in Tajikistan ... Border guards
            # returned fire": guards of the frontier the story is set on
        home = home_agency or story_country
        if pick and pick != home and pick not in places and home and _agency_at_home(ents, event, doc):
            pick = home  # "The State Security Service said it had detained a Latvian citizen and a Russian
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
        if home_agency and event in HOME_AGENCY_ACTS:  # "The deputy head of the district water utility was detained"
            pick = home_agency  # in a Kazinform story from Aktobe: the agency's state's own official
        if event == "ASSAULT":  # "a soldier was killed in a clash with Azerbaijani forces, the Armenian ministry said"
            used = {a.code for a in actors if a.code}
            pick = next((c for c in [pick, *states] if c and c not in used), pick)
        return [e if event == "COERCE" and _foreigners_unnamed(e) else fill_country(e, pick) for e in ents]

    return fill(actors, recips), fill_recipients(recips)


def _foreigners_unnamed(ent: Entity) -> bool:
    """People held or sent away named only as foreigners or migrants ("detained seven migrants near Adutiskis"): of no
    state the text names, never the acting state's people."""
    return not ent.code and bool(set(ent.entity_text.lower().split()) & FOREIGN_PEOPLE_WORDS)


def expelled_from_state(tok: "Token", draft: Draft, index: MentionIndex) -> list[Entity]:
    """The state a removal is from, for a court or police body no country names ("A court ordered 48 Tajik citizens
    expelled from Russia" -> a Russian court, not a Tajik one)."""
    if draft.mode not in ("deport", "expel") or tok.pos_ not in ("VERB", "AUX"):
        return []
    found = [e for e in entities_of(prep_objects(tok, ("from",)), index) if e.code and e.code not in NON_STATE_CODES]
    return found[:1]


FOREIGN_PEOPLE_WORDS = word_set("foreign_people_words")


def _said_of_the_group(copula: "Token", sent: "Span") -> bool:
    """A copula in a clause on the sentence's subject: "The seven, who said they were citizens of Sri Lanka and India,
    were taken to a registration centre" (a relative clause of the subject, or a clause said by it)."""
    subj = next((c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return False
    cur = copula
    while cur.i != sent.root.i and cur.head.i != cur.i:
        if cur.dep_ == "relcl" and cur.head.i == subj.i:
            return True
        cur = cur.head
    return False


def foreigners_told_next(verb: "Token", sentences: Sequence["Span"], s_i: int, index: MentionIndex) -> list[Entity]:
    """People named only as foreigners take the citizenship the next sentence gives them, not the country they are
    held in ("Russian police detained more than 600 foreign nationals ... Most were citizens of Tajikistan and
    Uzbekistan" -> TJK, UZB)."""
    if s_i + 1 >= len(sentences):
        return []
    held = objects(verb) if not is_passive(verb) else passive_subjects(verb)
    foreign = any(t.lower_ in FOREIGN_PEOPLE_WORDS for o in objects(verb) for t in o.subtree)
    if not foreign and not _unnamed_people(held, index):
        return []
    nxt = sentences[s_i + 1]
    nouns = [t for t in nxt if t.lower_ in CITIZENSHIP_NOUNS and t.dep_ == "attr" and t.head.lemma_.lower() == "be"
             and (t.head.i == nxt.root.i or _said_of_the_group(t.head, nxt) or (not foreign and _told_of_them(t.head, nxt)))]
    found = [e for n in nouns for o in prep_objects(n, ("of",)) for e in entities_of([o, *[c for c in o.conjuncts]], index)
             if e.code and e.code not in NON_STATE_CODES]
    if not found and not foreign:
        found = _apposed_citizens(nxt, index)
    return dedupe_codes(found)


UNNAMED_PEOPLE_WORDS = word_set("unnamed_people_words")


def _unnamed_people(held: Sequence["Token"], index: MentionIndex) -> bool:
    """People an act names only by number ("sentenced seven men", "detained five people"), with no country of theirs."""
    return bool(held) and all(h.lower_ in UNNAMED_PEOPLE_WORDS and not any(e.code for e in entities_of([h], index))
                              and not any(index.at(c) is not None for c in h.subtree) for h in held)


def _told_of_them(copula: "Token", sent: "Span") -> bool:
    """A copula whose subject points back to people just named ("All five are citizens of Tajikistan, the court said",
    "They are all citizens of Uzbekistan"), inside what a speaker says."""
    return copula.dep_ == "ccomp" and copula.head.i == sent.root.i and any(
        c.dep_ == "nsubj" and (c.pos_ in ("NUM", "PRON") or c.lower_ in UNNAMED_PEOPLE_WORDS) for c in copula.children)


def _apposed_citizens(sent: "Span", index: MentionIndex) -> list[Entity]:
    """The citizenship an apposition gives the subject that points back to people just named: "The men, all Uzbek
    citizens, were found guilty" (UZB)."""
    subj = next((c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or not (subj.lower_ in UNNAMED_PEOPLE_WORDS or subj.pos_ in ("NUM", "PRON")):
        return []
    return [e for c in subj.children if c.dep_ == "appos" and c.lower_ in CITIZENSHIP_NOUNS
            for e in entities_of([c], index) if e.code and e.code not in NON_STATE_CODES]


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
        return span is not None and len(span) > 0 and owned_by_pronoun(span.root)
    return event in HOME_AGENCY_ACTS and bool(actors) and all(
        not a.code and a.sector in HOME_AGENCY_SECTORS and not owned(a) for a in actors)


def places_named(sent: "Span", index: MentionIndex, told_about: bool = True) -> set[str]:
    """The countries a sentence names as places where something is or happens ("police in Baku", "in Latvia"); without
    `told_about`, not those inside a relative clause ("Kazakhs whose relatives have been held in camps in Xinjiang")."""
    out: set[str] = set()
    for m in index.in_sentence(sent.start, sent.end):
        last = sent.doc[m.token_end - 1]
        if m.entity.code and m.kind in ("country", "capital") and last.dep_ == "pobj" \
                and last.head.lower_ in SETTING_PREPS \
                and (told_about or not any(a.dep_ in ("relcl", "acl") for a in last.ancestors)):
            out.add(m.entity.code)
    return out


SETTING_PREPS = word_set("setting_preps")


def factions_together(actors: Sequence[Entity], event: str) -> bool:
    """"Fatah and Hamas signed a pact in Cairo", "Colombia's government and FARC rebels opened talks in Norway":
    sides of one country (of different sectors) meeting or agreeing act on each other, not on the host."""
    return event in JOINT_DEFAULT | {"SUPPORT"} and len(entity_codes(actors)) == 1 and len({a.sector for a in actors}) >= 2 \
        and all(a.code for a in actors)


def symmetric_act(actors: list[Entity], recips: list[Entity], event: str) -> bool:
    """"A and B met / agreed / clashed": two or more states acting together on no one else are each
    other's recipients (all parties listed on both sides); so are the partners of a joint operation
    ("a joint operation against traffickers": cooperation falls on the partners). People of the parties themselves
    are no one else ("Kyrgyzstan and Russia signed an agreement on the recruitment of Kyrgyz workers")."""
    codes = entity_codes(actors)
    if event == "MOBILIZE":  # "border guards from both countries were deployed": each side's own deployment
        return False
    own_people = event in JOINT_DEFAULT | {"SUPPORT"}  # (not "Turkish and Iraqi ... struck Turkish targets")
    return len(codes) >= 2 and (not any(r.code and (r.code not in codes or not own_people) for r in recips)
                                or event == "COOPERATE")


MUTUAL_WORDS = {"each", "another", "mutual", "mutually", "both", "jointly", "together", "sides", "two"}


def mutual(rule: TriggerRule, event: str, sent: "Span", actors: Sequence[Entity], index: MentionIndex) -> bool:
    """Whether several actors act on each other: joint and reciprocal acts do ("A and B met"); a
    directed act ("the OSCE, China and the UN called for restraint") does only when the text says
    so ("accused each other", "both sides")."""
    if rule.reciprocal or event in JOINT_DEFAULT or event == "ASSAULT" or rule.id.startswith("SUPPORT/sign"):
        return True  # (signing together: "Kyrgyzstan and Russia signed an agreement", see find_default_recipient)
    if event == "SANCTION" and rule.mode in ("withdraw", "expel") and len(entity_codes(actors)) == 2 and not (
            set(index.principal_countries) - set(entity_codes(actors))):
        return True  # "India and Pakistan recalled their envoys": each from the other (in a story of those two)
    return any(t.lower_ in MUTUAL_WORDS for t in sent) or any(a.entity_text.lower().startswith(("both", "the two", "the sides"))
                                                             for a in actors)


def dedupe_entities(ents: Sequence[Entity]) -> list[Entity]:
    out: list[Entity] = []
    for e in ents:
        if not any((e.code, e.sector, e.entity_text) == (o.code, o.sector, o.entity_text) for o in out):
            out.append(e)
    return out


ACTOR_ENTITY_TYPES = {"PERSON", "ORG", "NORP", "GPE", "FAC", "LOC"}


def actor_like(t: "Token", index: MentionIndex, depth: int = 0) -> bool:
    """A word that can name someone who acts: a known actor, a name, a pronoun, or a person/organisation noun; not
    a thing that never acts, whatever name goes with it ("a strong Russian ruble", "shares of Halyk Bank", "the Sharq
    Taronalari festival")."""
    if t.tag_ == "WDT":  # relative "that"/"which" stands for its antecedent ("chaos that threatens the deal")
        return depth == 0 and t.head.dep_ == "relcl" and actor_like(t.head.head, index, 1)
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
        and any(actor_like(o, index, 1) for o in of_objects)


INERT_HEADS = word_set("inert_heads")


ENVOY_NOUNS = word_set("envoy_nouns")


def _envoys_addressed(verb: "Token") -> list["Token"]:
    """The envoy a protest is handed or sent to, however the parser hangs the "to" phrase ("handed a note of protest
    to the Russian ambassador", "handed the Russian ambassador a note"): the envoy's state is the protest's target."""
    found = prep_objects(verb, ("to",)) + [c for c in verb.children if c.dep_ == "dative"]
    for o in objects(verb):
        found += prep_objects(o, ("to",)) + [t for p in prep_objects(o, ("of",)) for t in prep_objects(p, ("to",))]
    return [t for t in found if t.lemma_.lower() in ENVOY_NOUNS]


RELATIVE_SUBJECTS = {"which", "who", "that"}
PLACE_NOUNS = word_set("place_nouns")
AUDIENCE_NOUNS = word_set("audience_nouns")


BOUNDARY_NOUNS = word_set("boundary_nouns")


NATIONALITY_KINDS = {"country", "capital", "demonym", "seat"}


HOME_BRIEFERS = word_set("home_briefers")
VISIT_CONTEXT = word_set("visit_context")


def _speaking_venue(verb: "Token", speakers: Sequence["Token"], index: MentionIndex) -> str:
    """The country of the capital a speaker whose own phrase names no country speaks in ("said in Warsaw on Wednesday"),
    or "" (also when the speaker's country is told: "Russia's envoy said in Geneva")."""
    if verb.lemma_.lower() not in SPEAKER_VERBS or not speakers or any(nationality_told(s, index) for s in speakers):
        return ""
    if not any(w.lemma_.lower() in HOME_BRIEFERS for s in speakers for w in phrase_tokens(s)) \
            or any(w.lemma_.lower() in VISIT_CONTEXT for w in verb.sent):
        return ""  # (a minister abroad speaks away from home: "said in Moscow after talks with Lavrov")
    bodies = [*speakers, *(o for s in speakers for o in prep_objects(s, ("for", "of")))]  # "a spokesman for the ministry in Baku"
    places = [m for o in prep_objects(verb, ("in",)) + [p for b in bodies for p in prep_objects(b, ("in",))]
              if (m := index.at(o)) is not None and m.kind == "capital"]
    return places[0].entity.code if places and len(places[0].entity.code) == 3 else ""


def nationality_told(speaker: "Token", index: MentionIndex) -> bool:
    """The speaker's phrase names its country ("Moldova", "the Russian foreign minister", "Moscow"), as against a titled
    person the story's country is only guessed for ("Foreign Minister Baiba Braze said": she may be of any side)."""
    phrase = phrase_tokens(speaker)
    known = ActorDictionary.bundled()
    return any(t.ent_type_ in ("GPE", "NORP") or (t.text[:1].isupper() and known.country_code(t.text)) for t in phrase) \
        or any(m.kind in NATIONALITY_KINDS or (m.kind == "person" and known.people_named(m.entity.identifier_text))
               for m in index.in_tokens(phrase))


def _host_of_talks(participle: "Token", hit: TriggerHit) -> bool:
    """The "by" phrase of talks "hosted by" a state ("held talks in Abu Dhabi on Thursday hosted by the United Arab
    Emirates"): the host of others' talks, no party to them (README: CONSULT third-party, the parties symmetric)."""
    return hit.rule.event == "CONSULT" and participle.lemma_.lower() in HOSTING_VERBS


ARMED_SECTORS = {"MIL", "REB", "UAF", "COP", "CRM", "PRM", "SPY", ""}  # ("" : a state named as such: "fire from Azerbaijan")


HOSTING_VERBS = word_set("hosting_verbs")
MEETING_NOUNS = word_set("meeting_nouns")


def hosting(d: Draft) -> bool:
    """A host's or mediator's part in talks ("talks hosted by the UAE", "the UAE mediated the talks")."""
    tok = d.sent.doc[d.hit.token_i]
    if tok.lemma_.lower() not in HOSTING_VERBS:
        return False
    return (tok.dep_ == "acl" and tok.head.lemma_.lower() in MEETING_NOUNS) or any(
        o.dep_ in ("dobj", "nsubjpass") and o.lemma_.lower() in MEETING_NOUNS for o in tok.children)
