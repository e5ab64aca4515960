"""Words of police, court and statement stories that name no new act of a party: a search that seizes nothing, the
offence a person is held or sentenced for, what the people being detained were trying to do, sources who "spoke by
phone", people arriving after a deportation, pledges signed by relatives, advice to a state's own firms, a hand-over
that is the extradition itself, the label inside a protest note, a report "blaming" no party, and a release when a
sentence ends. The coder asks these before it finds an act's roles (vetoes.VETOES)."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Sequence

from tocsin.coding.actor_link import MentionIndex
from tocsin.coding.syntax import QUOTE_MARK_TOKENS, REPORTING, objects, prep_objects, subjects
from tocsin.coding.word_lists import word_set

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Span, Token

    from tocsin.coding.dates import DateResolution
    from tocsin.coding.triggers import TriggerHit

INFORMANT_NOUNS = word_set("informant_nouns")
DISPLACED_ARRIVERS = word_set("displaced_arrivers")
ARRIVING_QUANTITY_HEADS = word_set("arriving_quantity_heads")
KIN_SIGNERS = word_set("kin_signers")
PERSONAL_PLEDGES = word_set("personal_pledges")
ADVISING_VERBS = word_set("advising_verbs")
ATTEMPT_VERBS = {"try", "attempt", "seek"}
PUNISHING_EVENTS = {"COERCE", "SANCTION"}
SURRENDER_LEMMAS = {"surrender", "comply", "obey", "stop", "yield"}
TERM_ENDING_VERBS = word_set("term_ending_verbs")
TERM_ENDING_NOUNS = word_set("term_ending_nouns")
SERVED_TERM_NOUNS = word_set("served_term_nouns")
TERM_END_PREPS = ("after", "upon", "on", "at")


def release_at_term_end(tok: "Token") -> str:
    """A release when a served sentence ends ("walked free on Tuesday after completing his sentence", "was released on
    completion of his term", "freed at the end of his sentence"): the term ran out, no party let anyone go (not "was
    released after a court overturned his sentence"). Returns the words of the term's end, or ""."""
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in TERM_END_PREPS):
        for head in prep.children:
            if head.dep_ == "pcomp" and head.lemma_.lower() in TERM_ENDING_VERBS:
                terms = [o for o in objects(head) if o.lemma_.lower() in SERVED_TERM_NOUNS]
            elif head.dep_ == "pobj" and head.lemma_.lower() in TERM_ENDING_NOUNS:
                terms = [o for o in prep_objects(head, ("of",)) if o.lemma_.lower() in SERVED_TERM_NOUNS]
            else:
                continue
            if terms:
                return f"{prep.text} {head.text} ... {terms[0].text}"
    return ""


CASE_STANDING_NOUNS = word_set("criminal_case_nouns")
PARTITIVE_WORDS = word_set("partitive_words")


def accused_in_a_case(tok: "Token") -> str:
    """People who "have been accused in the case", with no accuser, no offence and no day: who stands accused in a
    case a court hears, background of the hearing (not "police accused 14 people in the case on Sunday", "were
    accused of murder"). Returns the case's word, or ""."""
    if tok.lemma_.lower() != "accuse" or tok.tag_ != "VBN" or prep_objects(tok, ("of",)) \
            or any(c.dep_ == "agent" for c in tok.children):
        return ""
    relative = {w.i for c in tok.subtree if c.dep_ == "relcl" for w in c.subtree}  # ("the case, which the court will
    # take up next month": the case's own day)
    if not any(c.dep_ == "auxpass" for c in tok.children) or any(
            c.ent_type_ in ("DATE", "TIME") and c.i not in relative for c in tok.subtree):
        return ""
    case = next((o for o in prep_objects(tok, ("in",)) if o.lemma_.lower() in CASE_STANDING_NOUNS), None)
    return case.text if case is not None else ""


FREEING_CROWD_WORDS = word_set("freeing_crowd_words") | word_set("crowd_words")
POLICE_HELD_MARKS = word_set("police_held_marks")
CROWD_FREEING_VERBS = word_set("crowd_freeing_verbs")


def detainee_freed_by_crowd(tok: "Token") -> str:
    """A crowd freeing someone the police held ("A group of residents attacked police officers and freed a man who
    had been detained on suspicion of cattle theft", "a mob freed the suspect from custody"): not coded (round 34; the
    attack on the officers is); not the police or troops freeing anyone ("police freed a man held by kidnappers").
    Returns the crowd's word, or ""."""
    if tok.lemma_.lower() not in CROWD_FREEING_VERBS or tok.pos_ != "VERB":
        return ""
    crowd = next((w for s in subjects(tok) for w in s.subtree
                  if w.lemma_.lower() in FREEING_CROWD_WORDS or w.lower_ in FREEING_CROWD_WORDS), None)
    if crowd is None or _named_or_armed_group(subjects(tok)):
        return ""
    freed = [w for o in objects(tok) + prep_objects(tok, ("from",)) for w in o.subtree] + prep_objects(tok, ("from",))
    held = any(w.lemma_.lower() in POLICE_HELD_MARKS or w.lower_ in POLICE_HELD_MARKS for w in freed)
    return crowd.text if held else ""


ARMED_GROUP_MARKS = word_set("armed_group_marks")


def _named_or_armed_group(doers: list["Token"]) -> bool:
    """Doers that are a named party or an armed group ("The Houthi group released the detained UN staff", "an armed
    group freed the detained soldiers"): a release by a party that held them, no crowd."""
    return any(w.ent_type_ in ("ORG", "NORP", "GPE") or w.lower_ in ARMED_GROUP_MARKS for d in doers for w in d.subtree)


CUSTODY_VISITORS = word_set("custody_visitors")
HELD_PEOPLE = word_set("held_people")


def clients_visited_in_custody(tok: "Token") -> str:
    """Lawyers or kin meeting people held ("its lawyers had met several of the detainees", "relatives visited the
    prisoners"): access to the held, no consultation between parties (not "the ombudsman met the interior minister").
    Returns the held people's word, or ""."""
    if not any(w.lemma_.lower() in CUSTODY_VISITORS or w.lower_ in CUSTODY_VISITORS for w in subjects(tok)):
        return ""
    met = objects(tok) + prep_objects(tok, ("with",))
    met += [g for m in met if m.lower_ in PARTITIVE_WORDS or m.like_num for g in prep_objects(m, ("of",))]  # ("several of")
    held = next((m for m in met if m.lemma_.lower() in HELD_PEOPLE or m.lower_ in HELD_PEOPLE or any(
        c.dep_ in ("amod", "compound") and c.lower_ in POLICE_HELD_MARKS for c in m.children)), None)
    return held.text if held is not None else ""


def search_seizing_nothing(tok: "Token") -> str:
    """A search told with no thing searched for ("Investigators searched the homes of three customs officials",
    "detained the deputy mayor and searched his office"): no seizure (the convention's seize is for what is taken:
    "searched the house for weapons", "found two kilograms of heroin" stay). Returns the verb, or ""."""
    if tok.lemma_.lower() != "search" or tok.pos_ != "VERB" or prep_objects(tok, ("for",)) \
            or any(prep_objects(o, ("for",)) for o in objects(tok)):  # ("searched the warehouse [for weapons]")
        return ""
    return tok.text


def offence_of_the_held(tok: "Token", by_token: dict[int, "TriggerHit"]) -> str:
    """A fight or an attack named as what someone is detained, charged or sentenced for ("detained nine fans for
    throwing flares and fighting with stewards", "sentenced ... for taking part in hostilities abroad"): the offence,
    no attack of its own. Returns the verb of the penalty, or ""."""
    cur = tok
    for _ in range(8):
        if cur.dep_ == "prep" and cur.lower_ == "for":
            return _penalty_above(cur.head, by_token)
        if cur.head.i == cur.i or cur.dep_ in ("ccomp", "ROOT", "relcl", "parataxis"):
            return ""
        cur = cur.head
    return ""


def _penalty_above(tok: "Token", by_token: dict[int, "TriggerHit"]) -> str:
    """The penalty verb a "for ..." phrase hangs on, also when the parser hung it on a clause describing the people
    punished ("sentenced three of the men he recruited to 12 years each for taking part in ..."). Returns its text,
    or ""."""
    cur = tok
    for _ in range(7):
        hit = by_token.get(cur.i)
        if hit is not None and hit.rule.event in PUNISHING_EVENTS:
            return cur.text
        if cur.dep_ not in ("relcl", "acl", "pobj", "prep", "dobj", "nummod") or cur.head.i == cur.i:
            return ""
        cur = cur.head
    return ""


def attempt_of_a_described_party(tok: "Token") -> str:
    """An arrest that officers were "trying" to make, told in a phrase describing them ("opened fire on police officers
    trying to detain him"): who they are in the scene, no threat. Returns the verb of the attempt, or ""."""
    head = tok.head
    if tok.dep_ != "xcomp" or head.lemma_.lower() not in ATTEMPT_VERBS or head.dep_ not in ("acl", "relcl"):
        return ""
    return head.text


def refusal_to_surrender(tok: "Token") -> str:
    """A gunman's refusal to surrender told as the circumstance of his killing or arrest ("was neutralised after
    refusing to surrender"): what he did in the scene, no offer or demand of a party refused. Returns the word, or ""."""
    wanted = next((c for c in tok.children if c.dep_ == "xcomp" and c.lemma_.lower() in SURRENDER_LEMMAS), None)
    if wanted is None or tok.dep_ != "pcomp" or tok.head.lower_ not in ("after", "for", "before"):
        return ""
    return wanted.text


def informant_on_the_phone(tok: "Token") -> str:
    """Sources a story quotes, told as people "who spoke by phone" or "to Reuters by telephone" ("according to
    witnesses who spoke by phone", "Residents of Khorog who spoke to Reuters by telephone said ..."): how the news was
    gathered, no call between parties. Returns the sources' noun, or ""."""
    if tok.dep_ in ("xcomp", "advcl", "acl") and tok.tag_ == "VBG":
        return _source_speaking_to_the_press(tok)
    if tok.dep_ != "relcl" or tok.head.lemma_.lower() not in INFORMANT_NOUNS:
        return ""
    return tok.head.text


def _source_speaking_to_the_press(tok: "Token") -> str:
    """A quoted source "speaking by telephone" as the story's reporting verb tells ("'Nobody explains anything,' said
    a driver, speaking by telephone from the queue"): how the words reached the press. A partner named with "with" or
    "to" ("said, speaking by phone with Erdogan") stays a call. Returns the reporting verb, or ""."""
    verb = tok.head.head if tok.dep_ == "acl" and tok.head.dep_ == "nsubj" else tok.head  # (or on the source: "said
    # Bakyt, ..., speaking by telephone")
    if verb.lemma_.lower() not in REPORTING or verb.pos_ != "VERB" or prep_objects(tok, ("with", "to")):
        return ""
    return verb.text


def _counted_people(noun: "Token") -> list["Token"]:
    """The people a quantity counts ("Hundreds [of returnees]", "a group [of migrants]"), else none."""
    if noun.lemma_.lower() in ARRIVING_QUANTITY_HEADS or noun.lower_ in ARRIVING_QUANTITY_HEADS or noun.like_num:
        return prep_objects(noun, ("of",))
    return []


def arrivals_of_the_displaced(tok: "Token") -> str:
    """People, returnees or refugees "arriving" at a crossing or a camp ("People are arriving at Islam Qala with
    nothing"): their movement, no visit of a party. The "of" phrase counts only after a quantity ("Hundreds of
    returnees"), not after a delegation ("A delegation of 12 people led by Iran's deputy energy minister arrived").
    Returns the subject's noun, or ""."""
    subj = next((s for s in subjects(tok) for w in (s, *_counted_people(s)) if w.lemma_.lower() in DISPLACED_ARRIVERS),
                None)
    return subj.text if subj is not None else ""


def pledge_signed_by_kin(tok: "Token") -> str:
    """Guarantees or pledges signed by relatives of people held ("released after male relatives signed guarantees",
    "their families signed pledges that they would not ..."): the terms of a release, no support for anyone.
    Returns the thing signed, or ""."""
    if tok.lemma_.lower() != "sign" or not any(s.lemma_.lower() in KIN_SIGNERS for s in subjects(tok)):
        return ""
    signed = next((o for o in objects(tok) if o.lemma_.lower() in PERSONAL_PLEDGES), None)
    return signed.text if signed is not None else ""


def advice_to_withdraw(tok: "Token") -> str:
    """A withdrawal that an embassy or ministry advises ("advised Chinese companies to withdraw staff from areas close
    to the frontier"): advice to its own firms or people, no withdrawal done (README round 25: advice to citizens is
    not coded). Returns the advising verb, or ""."""
    head = tok.head
    return head.text if tok.dep_ == "xcomp" and head.lemma_.lower() in ADVISING_VERBS else ""


DEPLOYMENT_PURPOSES = word_set("deployment_purposes")


def departure_for_mission(tok: "Token") -> str:
    """Forces that leave a place for a destination to join or serve somewhere ("139 Kazakh peacekeepers left Almaty for
    Lebanon on Sunday to join UNIFIL"): a departure for a deployment, not a pull-out from a held position (RETREAT
    withdraw: "troops began leaving Afghanistan"). Returns the destination's words, or ""."""
    if tok.lemma_.lower() not in ("leave", "depart"):
        return ""
    destination = next((o for p in tok.children if p.dep_ == "prep" and p.lower_ == "for"
                        for o in p.children if o.dep_ == "pobj"), None)
    purpose = next((c for c in tok.children if c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in DEPLOYMENT_PURPOSES
                    and any(a.lower_ == "to" for a in c.children)), None)
    if destination is None or purpose is None:
        return ""
    return f"for {' '.join(t.text for t in destination.subtree)} to {purpose.text}"


CASE_TAKERS = word_set("case_takers")


def handover_for_the_case(tok: "Token", index: MentionIndex) -> str:
    """People "handed over" to those who take up their case, of no state named ("the detainees had been handed over to
    investigators", "were handed over to the police"): a step of the arresting state's own procedure, no release (not
    "handed over to Tajik police", a hand-over to another state). Returns the taker's word, or ""."""
    if tok.lemma_.lower() != "hand":
        return ""
    takers = prep_objects(tok, ("to",))
    if not takers or not all(w.lemma_.lower() in CASE_TAKERS or w.lower_ in CASE_TAKERS for w in takers):
        return ""
    where = {w.i for t in takers for w in t.subtree}
    if any(m.token_start in where and m.entity.code for m in index.mentions):
        return ""
    return takers[0].text


def handover_of_the_extradited(tok: "Token", sent: "Span", hits: Sequence["TriggerHit"]) -> str:
    """A person "handed over" in a sentence that tells his extradition ("Russia extradited a Kyrgyz citizen to Bishkek;
    he was handed over to GKNB officers at Manas airport"): the same act, coded once as the extradition (COOPERATE,
    README round 25). Not a hand-over with a subject of its own other than the extraditing one ("Azerbaijan handed
    over two Armenian servicemen to Armenia, a day after Yerevan extradited an Azerbaijani citizen": a swap, two acts).
    Returns the extradition's word, or ""."""
    if tok.lemma_.lower() != "hand":
        return ""
    doc = tok.doc
    done = next((doc[h.token_i] for h in hits if sent.start <= h.token_i < sent.end
                 and doc[h.token_i].lemma_.lower() == "extradite"), None)
    if done is None:
        return ""
    own = {s.lower_ for s in subjects(tok) if s.pos_ != "PRON"}
    return done.text if not own or own <= {s.lower_ for s in subjects(done)} else ""


def label_in_protest_note(tok: "Token", sent: "Span", hits: Sequence["TriggerHit"]) -> str:
    """"What it called" a wrong inside a summons or a protest note ("summoned the chargé d'affaires and handed him a
    protest note over what it called unprovoked firing"): the reason of the one protest, no second accusation.
    Returns the summoning verb, or ""."""
    if tok.lemma_.lower() != "call" or not any(c.lower_ == "what" for c in tok.children):
        return ""
    doc = tok.doc
    summons = next((doc[h.token_i] for h in hits if sent.start <= h.token_i < tok.i
                    and doc[h.token_i].lemma_.lower() == "summon"), None)
    return summons.text if summons is not None else ""


def blame_on_no_party(tok: "Token", index: MentionIndex) -> str:
    """A report or an agency "blaming" causes, not a party ("Trade fell by a third, the chamber said in a report,
    blaming repeated closures and a tariff dispute that traders say has hurt them", "blaming drought"): an explanation, no accusation (blame needs a
    party as its object: "blaming Kabul for the closures" stays). Returns what is blamed, or ""."""
    if tok.lemma_.lower() != "blame":
        return ""
    if tok.tag_ == "VBG":
        blamed = [o for o in objects(tok)] + prep_objects(tok, ("on", "for"))
    else:
        blamed = _thing_put_on_cause(tok)
    if not blamed:
        return ""
    words = {w.i for o in blamed for w in _phrase_without_clauses(o)}
    spans = [(o.left_edge.i, o.right_edge.i) for o in blamed]
    named = any(m.token_start in words or (m.entity.code and any(a <= m.token_start <= b for a, b in spans))
                for m in index.mentions)  # (a state in a clause on the cause: "a dispute that Islamabad started")
    return "" if named else blamed[0].text


TIME_ENTITIES = ("DATE", "TIME")


def _thing_put_on_cause(tok: "Token") -> list["Token"]:
    """What a finite "blame" puts a thing "on" ("blamed the outages on record demand"; the parser may hang "on" on the
    thing), then the thing, whose words must name no party either ("blamed Israel on Tuesday for a car bomb": a party
    blamed; "on Tuesday" is a day, no cause). The causes come first; none: []."""
    things = objects(tok)
    causes = [o for o in prep_objects(tok, ("on",)) + [o for t in things for o in prep_objects(t, ("on",))]
              if o.ent_type_ not in TIME_ENTITIES]
    return causes + things if things and causes else []


def _phrase_without_clauses(noun: "Token") -> list["Token"]:
    """The words of a noun phrase less its relative and participle clauses ("a tariff dispute that traders say has
    struck ...": not "traders"), which tell of others than the one blamed."""
    clauses = {w.i for c in noun.subtree if c.dep_ in ("relcl", "acl") for w in c.subtree}
    return [w for w in noun.subtree if w.i not in clauses]


DOOM_NOUNS = word_set("doom_nouns")
DOOM_MANNERS = {"badly", "tragically", "disastrously"}


def doom_foretold(clause: "Token") -> str:
    """A future clause that foretells ruin for the other side (PLOVER THREATEN): "the corridor will become a graveyard
    for American mercenaries", "any attempt ... would end badly for Chisinau". The clause is already known to be in
    the future (`vetoes.threat_words`); not "the project will end in 2027". Returns the words, or ""."""
    lemma = clause.lemma_.lower()
    if lemma in ("become", "be", "turn"):
        doom = next((c for c in clause.children if c.dep_ in ("attr", "oprd", "acomp") and c.lemma_.lower() in DOOM_NOUNS), None)
        if doom is None:
            doom = next((o for o in prep_objects(clause, ("into",)) if o.lemma_.lower() in DOOM_NOUNS), None)
        return f"{clause.text} ... {doom.text}" if doom is not None and _doomed_party(prep_objects(doom, ("for",))) \
            else ""
    if lemma in ("end", "finish", "turn") and any(c.lower_ in DOOM_MANNERS for c in clause.children) \
            and _doomed_party(prep_objects(clause, ("for",))):
        return f"{clause.text} {next(c.text for c in clause.children if c.lower_ in DOOM_MANNERS)}"
    return ""


DOOMED_PARTIES = word_set("doomed_parties")


def _doomed_party(doomed: list["Token"]) -> bool:
    """The one a doom is foretold "for" is a hostile party: a named state, group or people ("for Chisinau", "for
    the Kyiv regime") or a force ("for American mercenaries", "for NATO troops"); not "a graveyard for fishing
    villages", a warning about nature or the economy."""
    return any(d.ent_type_ in ("GPE", "NORP", "ORG") or d.pos_ == "PROPN" or d.lemma_.lower() in DOOMED_PARTIES
               or any(w.ent_type_ in ("GPE", "NORP", "ORG") for w in d.subtree if w.i < d.i and w.dep_ in ("compound", "amod"))
               for d in doomed)


def quoted_label(verb: "Token") -> list["Token"]:
    """A label in quotation marks that the parser hung on the named object as an adjective after it (Peskov 'called the
    decision "short-sighted"'): what the verb of naming calls the object (see `clause_hits.characterising_hits`)."""
    out: list["Token"] = []
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        for a in obj.children:
            if a.dep_ == "amod" and a.i > obj.i and any(w.text in QUOTE_MARK_TOKENS for w in verb.doc[obj.i + 1:a.i]):
                out.append(a)
    return out


def aggregate_of_coercion(event: str) -> bool:
    """Arrests or deportations summed over a period ("deported about 31,000 foreigners between January and June") are
    coded once, without a date (README, round 25/27); killings summed so are a statistic, not coded."""
    return event == "COERCE"


def undated_total(date: "DateResolution") -> "DateResolution":
    """The date of a period total: its words stay in the explanation, but it fixes no day ("between January and June")."""
    return dataclasses.replace(date, exact_day=False, reason=f"month range, a total over the period: {date.reason}")


BUILT_BREACHES = word_set("built_breaches")


def breach_by_a_thing(tok: "Token") -> str:
    """A ceasefire or an agreement said to be violated by a building, a work or a plan ("The construction of the base
    violates the 2008 ceasefire agreement, Georgian officials say", "work that Tbilisi says breaches the ceasefire"):
    a claim about a thing, no fire. Returns the thing, or ""."""
    thing = next((s for s in subjects(tok) if s.lemma_.lower() in BUILT_BREACHES), None)
    return thing.text if thing is not None else ""
