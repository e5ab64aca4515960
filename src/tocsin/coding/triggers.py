"""Finding trigger words in a parsed sentence: token -> best matching rule (or none)."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import TYPE_CHECKING

from tocsin.coding.dates import DAY_WORDS
from tocsin.coding.lexicon import TriggerLexicon, TriggerRule
from tocsin.coding.syntax import (MODIFIER_DEPS, OBJ, PASS_SUBJ, agents, apposed_to_dateline, is_passive, misparsed_object,
                                  prep_objects, subjects, verb_tagged_as_noun, with_conjuncts, PHONE_WORDS)
from tocsin.coding.word_lists import word_set
from tocsin.nlp import token_table

if TYPE_CHECKING:  # pragma: no cover
    from collections.abc import Sequence

    from spacy.tokens import Span, Token

NOMINAL_DEPS_OK = {"ROOT", "appos"}


@dataclass(frozen=True, slots=True)
class TriggerHit:
    """A rule that fired on a token; `consumed` are token indices that are part of the pattern."""

    token_i: int
    rule: TriggerRule
    consumed: tuple[int, ...] = ()
    nominal: bool = False


NOMINAL_ROLES = {"nsubj", "nsubjpass", "dobj", "pobj", "appos"}


def _participle_as_noun(tok: "Token") -> bool:
    """A participle standing for people: "the accused were granted bail", "the wounded were flown out"."""
    return tok.dep_ in NOMINAL_ROLES and any(c.dep_ == "det" for c in tok.children)


def _pos_ok(tok: "Token", rule: TriggerRule) -> bool:
    pos = tok.pos_
    if pos == "NOUN" and "VERB" in rule.pos and verb_tagged_as_noun(tok):
        return True
    if pos == "VERB":
        return "VERB" in rule.pos and tok.dep_ not in ("amod", "compound") and not _participle_as_noun(tok) \
            and not (tok.tag_ == "VB" and tok.dep_ == "conj" and tok.head.pos_ in ("NOUN", "PROPN"))  # "means of surveillance and strike"
    if pos in ("NOUN", "PROPN"):
        return "NOUN" in rule.pos or (pos == "PROPN" and "PROPN" in rule.pos)
    if pos == "ADJ":
        return "ADJ" in rule.pos
    if pos == "AUX":  # "have been on strike"
        return "AUX" in rule.pos
    return False


RELATIVE_PRONOUNS = {"that", "which", "whom", "who", "what"}


def _object_tokens(tok: "Token") -> list["Token"]:
    objs = [c for c in tok.children if (c.dep_ in OBJ or c.dep_ in ("attr", "oprd") or misparsed_object(c))
            and c.lower_ not in RELATIVE_PRONOUNS]
    objs += [o for c in tok.children if c.dep_ == "ccomp" and c.lemma_.lower() in CHARACTERISING_VERBS
             and any(w.lower_ == "what" for w in c.children) for o in c.children if o.dep_ == "oprd"]
    # ("rejected what it called groundless insinuations": what is rejected is what it is called)
    objs += [n for c in tok.children if c.dep_ == "advmod" and c.tag_ in ("RBR", "JJR") for n in c.children
             if n.dep_ == "npadvmod" and n.pos_ == "NOUN" and n.i < c.i]  # "moved about 40,000 troops closer to the border"
    if verb_tagged_as_noun(tok):  # "Tajikistan reserves [the right] to ...": the object hung as an apposition
        objs += [c for c in tok.children if c.dep_ == "appos" and c.i > tok.i]  # or as the verb's head
        objs += [tok.head] if tok.dep_ == "nsubj" and tok.head.i > tok.i else []
    if tok.dep_ == "relcl" and tok.head.pos_ in ("NOUN", "PROPN") and not objs and any(
            c.dep_ == "nsubj" and c.lower_ not in RELATIVE_PRONOUNS for c in tok.children) and not any(
            c.lower_ in ("where", "when", "why") for c in tok.children):
        objs.append(tok.head)  # "a charge Russian officials reject", "the offer that the rebels rejected"
    elif tok.dep_ == "ccomp" and tok.head.dep_ == "relcl" and tok.head.head.pos_ == "NOUN" and not objs and not any(
            c.dep_ == "mark" for c in tok.children) and any(c.dep_ == "nsubj" for c in tok.children) \
            and not any(c.lower_ in ("where", "when", "why") for c in tok.head.children):
        objs.append(tok.head.head)  # "an invitation Vilnius said it would not accept": the noun the report is about
    if any(c.dep_ == "auxpass" for c in tok.children) or (tok.dep_ == "acl" and tok.tag_ == "VBN"):
        objs += [a for c in tok.children if c.dep_ in PASS_SUBJ for a in (apposed_to_dateline(c) or [c])]
        if tok.dep_ == "xcomp" and tok.head.lemma_.lower() == "be" and not any(c.dep_ in PASS_SUBJ for c in tok.children):
            objs += [c for c in tok.head.children if c.dep_ == "nsubj"]  # "a third batch of drones is to be supplied"
        objs += _shared_passive_subject(tok)
        if tok.dep_ == "acl" or (tok.dep_ == "relcl" and not any(c.dep_ in PASS_SUBJ and c.lower_ not in ("who", "whom")
                                                                   for c in tok.children)):
            objs.append(tok.head)  # "protesters detained by police", "the sixth diplomat to be expelled", "the
            # ambassador, who was summoned to the ministry"
    if tok.pos_ in ("NOUN", "PROPN"):  # "the release of prisoners", "an attack on the budget"
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in ("of", "on", "against"):
                objs += [p for p in c.children if p.dep_ == "pobj"]
    more = []
    for o in objs:
        more += list(o.conjuncts)
    return objs + more


def _shared_passive_subject(tok: "Token") -> list["Token"]:
    """The subject a passive conjunct with none of its own shares with the verb it is joined to, where the parser took a
    reduced relative for the main verb ("A Russian citizen wanted in Russia for fraud was handed over to Russian police":
    "wanted" heads the sentence with "citizen" its subject, "was handed" its conjunct): what is handed over."""
    if tok.dep_ != "conj" or any(c.dep_ in PASS_SUBJ or c.dep_ == "nsubj" for c in tok.children):
        return []
    head = tok.head
    if head.tag_ not in ("VBD", "VBN") or any(c.dep_ in ("aux", "auxpass", "dobj") for c in head.children):
        return []
    return [c for c in head.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN") and c.i < head.i]


def _pronoun_stand_in_words(tok: "Token") -> set[str]:
    """The object a pronoun object stands for when the verb is coordinated with a verb that names it ("store water in
    winter and release it", "hold back floodwater in spring and release it"): that verb's direct objects, as veto words."""
    if tok.dep_ != "conj" or not any(c.dep_ == "dobj" and c.lower_ in ("it", "them") for c in tok.children):
        return set()
    named = [c for c in tok.head.children if c.dep_ == "dobj"]
    return {o.lemma_.lower() for o in named} | {o.lower_ for o in named}


def _object_words(objs: list["Token"], tok: "Token", of_phrases: bool = True) -> set[str]:
    """The words that stand for the trigger's object, with the noun in an object's "of" phrase ("state of
    emergency"). Without `of_phrases` (veto words) a person or office is its head noun alone ("detained a resident
    of the village", "detained a district official", "the akim of the Karasai district" are not vetoed by "village"
    or "district"; "40 kg of heroin", "reports of violations", "captured the district centre" are)."""
    words: set[str] = set()
    for o in objs:
        words.add(o.lemma_.lower())
        words.add(o.lower_)
        if o.ent_type_ in PLACE_ENTITIES:  # a bare place name ("captured Palmyra") stands for a place
            words.add(PLACE_WORD)
        if o.ent_type_ == "NORP" and o.tag_ in ("NNPS", "NNS"):  # "19 Armenians": people of a nation
            words.add(PEOPLE_WORD)
        elif o.tag_ == "NNPS" and _nation_word(o.text):  # "two jailed Estonians" (tagged as an organisation)
            words.add(PEOPLE_WORD)
        if o.ent_type_ == "PERSON":  # "welcomed Karzai": a named person
            words.add(PERSON_WORD)
        words |= _dash_name_head(o) | _hyphened_noun(o)
        person_head = not of_phrases and (o.ent_type_ == "PERSON" or o.lemma_.lower() in OFFICE_HOLDER_NOUNS)
        for c in o.children:  # "martial law", "peace talks": compounds count as the object too
            if c.dep_ in ("compound", "amod") and not person_head:  # (no veto word before a person: "a district official")
                words.add(c.lemma_.lower())
            if c.dep_ == "prep" and c.lower_ == "of" and (of_phrases or not (_person(o) or person_head)):
                # "state of emergency", "a batch of carriers and equipment" (the conjuncts only after a quantity: not
                # "footage of tanks and soldiers")
                words.update(q.lemma_.lower() for p in c.children if p.dep_ == "pobj"
                             for q in (with_conjuncts(p) if o.lemma_.lower() in QUANTITY_NOUNS else [p]))
        words |= _cargo_words(o)
        # "a Russian citizen wanted in Russia was handed over": the person told as wanted
        words |= {c.lower_ for c in o.children if c.dep_ == "acl" and c.lower_ in WANTED_WORDS}
        if o.dep_ == "nsubj" and o.head.lower_ in WANTED_WORDS and o.head.i != tok.i:
            words.add(o.head.lower_)  # (the same, with "wanted" parsed as the sentence's verb: `_shared_passive_subject`)
    # prepositional objects of the verb count for patterns like "put on alert", "take into custody";
    # an infinitival complement counts too ("declined to comment")
    # a date adjunct ("after two days", "on Monday") is no argument, nor is a place adjunct of a verb that has
    # a direct object ("took turns in the old quarter", "seized heroin in the border area")
    has_direct = any(c.dep_ in OBJ or c.dep_ in PASS_SUBJ for c in tok.children) \
        or (tok.dep_ == "conj" and is_passive(tok))  # "was detained at the airport", "were beaten and detained near the village"
    for c in [*tok.children, *_particle_preps(tok)]:
        if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX"):
            words.add(c.lemma_.lower())
            words |= _gerund_object_words(c)
        if c.dep_ in ("prep", "prt") and not _temporal(c) and c.lower_ not in ADJUNCT_PREPS \
                and not (has_direct and c.lower_ in LOCATIVE_PREPS):
            for p in c.children:
                if p.dep_ == "pobj":
                    words.add(p.lemma_.lower())
                    if p.ent_type_ == "PERSON" and c.lower_ != "with":  # "called on King Salman" ("with" is company)
                        words.add(PERSON_WORD)
                        words.update(t.lemma_.lower() for t in p.children if t.dep_ == "compound")
                    elif p.lemma_.lower() in SEAT_BUILDING_NOUNS:  # "outside the government building": whose seat
                        words.update(t.lemma_.lower() for t in p.children if t.dep_ == "compound")
    return words


SEAT_BUILDING_NOUNS = word_set("seat_apposition_nouns")
NAME_DASHES = frozenset({"–", "—", "-", "−"})


def _dash_name_head(o: "Token") -> set[str]:
    """The head noun of a two-part name joined by a dash that the parser split into a name and an apposition
    ("closed the Dogharoun–Islam Qala crossing": the object is "Dogharoun", the crossing its apposition)."""
    return {c.lemma_.lower() for c in o.children if c.dep_ == "appos" and c.pos_ == "NOUN" and c.i > o.i
            and any(p.dep_ == "punct" and p.text in NAME_DASHES and o.i < p.i < c.i for p in o.children)
            and not any(t.pos_ in ("VERB", "AUX", "DET") or t.text == "," for t in o.doc[o.i + 1:c.i])}


def _hyphened_noun(o: "Token") -> set[str]:
    """A noun the tagger split at its hyphen, whole again ("began its spring call-up": the object is "up", with "call"
    and "-" before it, so the word is "call-up"; "started a clean-up" gives "clean-up", no call-up)."""
    doc = o.doc
    if o.i < 2 or doc[o.i - 1].text not in ("-", "‑") or doc[o.i - 2].whitespace_ or doc[o.i - 1].whitespace_:
        return set()
    return {f"{doc[o.i - 2].lower_}-{o.lower_}"}


CARGO_VEHICLES = word_set("cargo_vehicles")
LOADING_PARTICIPLES = word_set("loading_participles")


def _cargo_words(vehicle: "Token") -> set[str]:
    """What a vehicle sent or delivered carries, which stands for what is sent: "sent 24 trucks loaded with flour, tents
    and medicines", "sent 15 trucks of cement, roofing sheets, drinking water and food", "dispatched a plane carrying
    tents" (the goods, with their conjuncts)."""
    if vehicle.lemma_.lower() not in CARGO_VEHICLES and vehicle.lower_ not in CARGO_VEHICLES:
        return set()
    goods: list["Token"] = [p for c in vehicle.children if c.dep_ == "prep" and c.lower_ in ("of", "with")
                            for p in c.children if p.dep_ == "pobj"]
    for part in vehicle.children:
        if part.dep_ in ("acl", "relcl", "amod") and part.lemma_.lower() in LOADING_PARTICIPLES:
            goods += [o for o in part.children if o.dep_ in OBJ]
            goods += [p for c in part.children if c.dep_ == "prep" and c.lower_ == "with" for p in c.children if p.dep_ == "pobj"]
    return {w for g in goods for t in _listed_goods(g) for w in (t.lemma_.lower(), t.lower_)}


def _listed_goods(good: "Token") -> list["Token"]:
    """A good and the goods listed with it, also where the parser read a word of the list as a verb ("cement, roofing
    sheets, drinking water and food": "drinking" taken for a participle with "water and food" as its object) or hung the
    first good on the last ("flour and cooking oil": "flour" a modifier of "oil")."""
    out: list["Token"] = []
    todo = [good]
    while todo:
        cur = todo.pop()
        out.append(cur)
        todo += [c for c in cur.children if c.dep_ in ("conj", "nmod")
                 or (c.dep_ == "dobj" and cur.tag_ == "VBG" and cur.dep_ == "acl")
                 or (c.dep_ == "acl" and c.tag_ == "VBG" and c.i > cur.i and cur.doc[c.i - 1].text == ",")]
    return out


def _gerund_object_words(comp: "Token") -> set[str]:
    """The direct objects of a gerund complement of an aspectual verb, which stand for what was stopped or begun:
    "stopped pumping natural gas to Uzbekistan" (gas), "ceased supplying electricity" (electricity). A to-infinitive
    ("refused to meet the delegation") is no gerund and gives nothing."""
    if comp.tag_ != "VBG" or comp.head.lemma_.lower() not in GERUND_PHASE_VERBS:
        return set()
    return {w for o in comp.children if o.dep_ in OBJ for w in (o.lemma_.lower(), o.lower_)}


def _object_infinitive_words(objs: list["Token"]) -> set[str]:
    """A to-infinitive the parser hung on the object as a relative clause instead of on the verb as its complement
    ("ordered 12 of the detained workers, all Uzbek nationals, to be deported": "deported" on "nationals")."""
    return {w for o in objs for c in o.children if c.dep_ in ("relcl", "acl") and c.pos_ == "VERB"
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for w in lemma_variants(c)}


CUSTODY_PLACES = word_set("custody_places")


def _moved_into_custody(verb: "Token") -> bool:
    """A complement that moves someone into custody ("ordered blogger Otabek Sattoriy returned to pretrial detention",
    "ordered him transferred to a SIZO", "to a pretrial detention centre"): a custody order, not a return or transfer
    that blocks one (not "ordered the seized passports returned to their owners")."""
    return any(p.dep_ == "prep" and p.lower_ in ("to", "into") and any(
        o.dep_ == "pobj" and any(w.lemma_.lower() in CUSTODY_PLACES for w in (o, *o.children)
                                 if w.i == o.i or w.dep_ in ("compound", "amod"))
        for o in p.children) for p in verb.children)


def _nation_word(text: str) -> bool:
    """Whether a plural proper noun names a nation's people ("Estonians", "Belarusians"), by the actor dictionary."""
    from tocsin.actors.dictionary import ActorDictionary  # (imported here: the actor package imports the coder's lists)
    code = ActorDictionary.bundled().country_code(text)
    return bool(code) and len(code) == 3 and code.isalpha() and code not in ("IGO", "NGO", "UNO", "EUR", "IMG", "MNC", "ISM")


def _particle_preps(tok: "Token") -> list["Token"]:
    """Prepositions the parser hung on the adverb right after the verb instead of on the verb ("stayed away [from the
    summit]", "pulled out [of the talks]")."""
    return [p for c in tok.children if c.dep_ == "advmod" and c.i == tok.i + 1 and c.pos_ == "ADV"
            for p in c.children if p.dep_ == "prep"]


def _topic_words(tok: "Token", objs: list["Token"]) -> set[str]:
    """What the trigger or its object is about: the nouns after "about", "over", "at", "by", "regarding" or "with"
    ("expressed concern over the arrests", "was troubled by the verdict") and their "of" phrases ("the use of force")."""
    words: set[str] = set()
    for h in (tok, *objs):
        for c in h.children:
            if c.dep_ in ("prep", "agent") and c.lower_ in TOPIC_PREPS:
                for p in c.children:
                    if p.dep_ in ("pobj", "pcomp"):
                        words.add(p.lemma_.lower())
                        words.update(g.lemma_.lower() for q in p.children if q.dep_ == "prep" and q.lower_ == "of"
                                     for g in q.children if g.dep_ == "pobj")
                        words.update(_named_topic_words(p))
                        if c.lower_ == "with":  # "following with concern the deployment of troops" (an apposition)
                            words.update(a.lemma_.lower() for a in p.children if a.dep_ == "appos")
    words.update(c.lemma_.lower() for c in tok.children if c.dep_ == "advcl" and any(
        m.dep_ == "mark" and m.lower_ in PROMPTING_MARKS for m in c.children))  # "expressed concern after drones struck ..."
    return words


PROMPTING_MARKS = {"after", "following", "when"}
NAMING_VERBS = word_set("stance_naming_verbs")  # ("over what it called ...": the name given)


def _named_topic_words(pcomp: "Token") -> set[str]:
    """The thing a free relative after a preposition names ("voiced concern over what it called 'unilateral actions on a
    transboundary river'"): the lemma of the naming verb's predicate noun ("action"), or nothing."""
    if pcomp.dep_ != "pcomp" or pcomp.lemma_.lower() not in NAMING_VERBS:
        return set()
    return {c.lemma_.lower() for c in pcomp.children if c.dep_ in ("oprd", "dobj", "attr") and c.tag_ not in ("WP", "WDT")}


TOPIC_PREPS = {"about", "over", "at", "by", "regarding", "concerning", "with"}


def _person(tok: "Token") -> bool:
    """A person or group of people ("a resident", "members", "Karimov")."""
    return tok.ent_type_ in ("PERSON", "NORP") or tok.lemma_.lower() in ACTOR_NOUNS


ACTOR_NOUNS = word_set("actor_nouns")
OFFICE_HOLDER_NOUNS = word_set("office_holder_nouns")
GERUND_PHASE_VERBS = word_set("gerund_phase_verbs")
ENGAGED_VERBS = word_set("engaged_verbs")
ENGAGED_ACT_NOUNS = word_set("engaged_act_nouns")
PLACE_ENTITIES = {"GPE", "LOC", "FAC"}
PLACE_WORD = "_place"  # the object word a named place contributes; usable in `object` / `object_block` lists
PEOPLE_WORD = "_people"  # the object word a nationality in the plural contributes ("released 19 Armenians")
PERSON_WORD = "_person"  # the object word a named person contributes ("welcomed Karzai")
WANTED_WORDS = word_set("wanted_words")  # participles that tell a person as sought by a state ("a man wanted for ...")
# circumstance, not argument: "pledged support despite the attack" pledges no attack
ADJUNCT_PREPS = {"despite", "amid", "amidst", "after", "before", "following", "since", "during", "notwithstanding"}
LOCATIVE_PREPS = {"in", "at", "near", "inside", "outside", "around", "across", "throughout", "within", "from", "beside", "behind"}
PREPOSITIONS_READ_AS_MODIFIERS = {"outside", "near", "inside", "opposite"}  # ("gathered outside parliament": "outside" as amod)


def _modifier_words(tok: "Token") -> set[str]:
    words = {c.lemma_.lower() for c in tok.children if c.dep_ in MODIFIER_DEPS} | {
        c.lower_ for c in tok.children if c.dep_ in MODIFIER_DEPS}
    doc = tok.doc
    if tok.i > 0:
        prev = doc[tok.i - 1]
        if prev.text in ("-", "–") and tok.i > 1:
            prev = doc[tok.i - 2]
        words.add(prev.lower_)
        words.add(prev.lemma_.lower())
    if tok.dep_ in ("compound",):
        words.add(tok.head.lemma_.lower())
    return words


def _temporal(prep: "Token") -> bool:
    """A preposition introducing a date or time ("on April 17", "on Monday"), not an argument."""
    objs = [p for p in prep.children if p.dep_ == "pobj"]
    return bool(objs) and all(p.ent_type_ in ("DATE", "TIME") for p in objs)


def _naming_as_past_object_phrase(objects: "Sequence[Token]") -> list["Token"]:
    """A naming "as" the parser hung on the noun of a phrase that describes the object ("dismissed Lithuania's claims
    [about the balloons] as 'another fantasy'": "as" on "balloons")."""
    return [c for o in objects for p in o.children if p.dep_ == "prep" and p.i > o.i
            for n in p.children if n.dep_ == "pobj" for c in n.children if c.dep_ == "prep" and c.lower_ == "as"]


def _blocked_preposition(tok: "Token", rule: TriggerRule) -> bool:
    """A preposition of `rule.prep_block` on the trigger, or on the rule's particle the parser read as a preposition
    ("had run out of patience": "of" hangs on "out")."""
    heads = [tok] + [c for c in tok.children if c.dep_ in ("prt", "prep") and c.lower_ in rule.prt]
    return any(c.dep_ == "prep" and c.lower_ in rule.prep_block for h in heads for c in h.children)


def _has_particle(tok: "Token", particles: frozenset[str], has_object: bool) -> bool:
    """The verb's particle ("pulled back"), also where the parser made it something else: an advmod or a
    preposition right after the verb ("rolled back tariffs", "pulled out of Gori"; not in a passive
    without object: "were moved away"), or the next word tagged as a particle or taken for "more than"
    ("handed over 19 Armenians")."""
    for c in tok.children:
        if c.lower_ not in particles:
            continue
        if c.dep_ == "prt":
            return True
        if c.dep_ in ("advmod", "prep") and c.i == tok.i + 1 and (has_object or not is_passive(tok)
                                                                   or _passed_to_someone(tok, c)):
            return True
        if _particle_after_object(tok, c):
            return True
    if any(_particle_on_object(o, particles) for o in tok.children if o.dep_ == "dobj"):
        return True
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return nxt is not None and nxt.lower_ in particles and (nxt.dep_ == "quantmod" or nxt.tag_ == "RP")


def _passed_to_someone(tok: "Token", particle: "Token") -> bool:
    """A passive verb whose adverb particle is followed by the party it goes to ("The two men were handed back to Kyrgyz
    officers"): the particle still belongs to the verb, unlike "were moved away" with no party."""
    nxt = tok.doc[particle.i + 1] if particle.i + 1 < len(tok.doc) else None
    return nxt is not None and nxt.lower_ == "to" and nxt.dep_ == "prep" and nxt.head.i == tok.i


def _particle_on_object(obj: "Token", particles: frozenset[str]) -> bool:
    """A particle after the object that the parser hung on the object as its adverb ("handed three detained Tajik
    shepherds back to Tajik border troops")."""
    return any(c.dep_ == "advmod" and c.pos_ == "ADV" and c.lower_ in particles and c.i > obj.i for c in obj.children) \
        or any(_particle_closing_relative(r, particles) for r in obj.children if r.dep_ == "relcl")


def _particle_closing_relative(relcl: "Token", particles: frozenset[str]) -> bool:
    """A particle after a relative clause on the object, which the parser hung on that clause ("handed two shepherds
    who had strayed across the frontier back to Armenia"): the clause's last adverb, after the clause's own
    preposition, leading a "to" goal."""
    return any(c.dep_ == "advmod" and c.lower_ in particles and c.i > relcl.i
               and any(p.dep_ == "prep" and relcl.i < p.i < c.i for p in relcl.children)
               and any(g.dep_ == "prep" and g.lower_ == "to" for g in c.children)
               for c in relcl.children)


def _particle_after_object(tok: "Token", c: "Token") -> bool:
    """A particle moved after the verb's direct object, which the parser hung as a bare preposition or adverb ("Chinese
    customs let empty trucks through", "pulled its troops back"): nothing hangs from it."""
    return c.dep_ in ("advmod", "prep") and _bare_or_adverb(c) and any(
        o.dep_ == "dobj" and o.right_edge.i + 1 == c.i for o in tok.children) and c.i > tok.i


def _bare_or_adverb(c: "Token") -> bool:
    """A moved particle hangs nothing, or is an adverb with the place or party after it ("handed the herder back at the
    crossing", "handed the men back to the Tajik troops"); a preposition with its own object is no particle ("let
    trucks through the gate")."""
    return not list(c.children) or (c.dep_ == "advmod" and c.pos_ == "ADV")


class _TokenFacts:
    """What `match_rule` asks of one token whatever the rule (its part of speech against a rule's, its objects and
    their words, its voice, its modifiers), each worked out on first use and kept: a token is tried against every
    rule of its lemma in turn. Lives for one token of one `find_hits` call."""

    __slots__ = ("tok", "_pos_ok", "_objs", "_direct", "_words", "_passive", "_modifiers")

    def __init__(self, tok: "Token") -> None:
        self.tok = tok
        self._pos_ok: dict[frozenset[str], bool] = {}
        self._objs: list["Token"] | None = None
        self._direct: list["Token"] | None = None
        self._words: dict[bool, set[str]] = {}
        self._passive: bool | None = None
        self._modifiers: set[str] | None = None

    def pos_ok(self, rule: TriggerRule) -> bool:
        """`_pos_ok` (it depends on the rule's parts of speech only)."""
        ok = self._pos_ok.get(rule.pos)
        if ok is None:
            ok = self._pos_ok[rule.pos] = _pos_ok(self.tok, rule)
        return ok

    def objs(self) -> list["Token"]:
        """`_object_tokens` of the token (not to be changed by the caller)."""
        if self._objs is None:
            self._objs = _object_tokens(self.tok)
        return self._objs

    def direct(self) -> list["Token"]:
        """The token's direct objects."""
        if self._direct is None:
            self._direct = [c for c in self.tok.children if c.dep_ in OBJ]
        return self._direct

    def object_words(self, of_phrases: bool = True) -> set[str]:
        """`_object_words` of the token's objects (not to be changed by the caller)."""
        words = self._words.get(of_phrases)
        if words is None:
            words = self._words[of_phrases] = _object_words(self.objs(), self.tok, of_phrases=of_phrases)
        return words

    def passive(self) -> bool:
        """`is_passive` of the token."""
        if self._passive is None:
            self._passive = is_passive(self.tok)
        return self._passive

    def modifier_words(self) -> set[str]:
        """`_modifier_words` of the token (not to be changed by the caller)."""
        if self._modifiers is None:
            self._modifiers = _modifier_words(self.tok)
        return self._modifiers


def match_rule(tok: "Token", rule: TriggerRule, sent_words: set[str], facts: _TokenFacts | None = None,
               story_words: "set[str] | None" = None) -> tuple[bool, tuple[int, ...]]:
    """Whether `rule` fires on `tok`, and the extra tokens the pattern used. `facts` are the token's, kept over the
    rules tried on it (made here when not given); `story_words` the words of the story up to and including this
    sentence, for `story_has` and `story_lacks` (the sentence's own words when not given)."""
    if facts is None:
        facts = _TokenFacts(tok)
    if not facts.pos_ok(rule):
        return False, ()
    if not _words_allow(rule, sent_words, story_words if story_words is not None else sent_words):
        return False, ()  # (the cheap tests first: many rules ask for words the sentence or story lacks)
    consumed: list[int] = []
    if rule.no_object and facts.direct():
        return False, ()
    if rule.object_block and (facts.object_words(of_phrases=False) | _pronoun_stand_in_words(tok)) & rule.object_block:
        return False, ()
    if rule.object:
        if not facts.object_words() & rule.object:
            return False, ()
        consumed += [o.i for o in facts.objs() if o.lemma_.lower() in rule.object or o.lower_ in rule.object]
        for c in tok.children:
            if c.dep_ in ("prep", "prt"):
                consumed += [p.i for p in c.children if p.dep_ == "pobj" and p.lemma_.lower() in rule.object]
    if rule.prep:
        preps = [c for c in [*tok.children, *_particle_preps(tok)] if c.dep_ in ("prep", "prt", "agent", "dative")
                 and c.lower_ in rule.prep and not _temporal(c)]
        # "removed candidate Levan Khabeishvili [from] the ballot", "rejected the allegations [as] fabrications": a source
        # or a naming phrase the parser hung on the object, or on the noun of its "of" phrase ("struck one candidate of
        # the Ata-Jurt list [off] the ballot")
        preps += [c for o in facts.direct() for h in [o, *prep_objects(o, ("of",))] for c in h.children if c.dep_ == "prep"
                  and c.lower_ in rule.prep and c.lower_ in ("from", "off", "as") and c.i > o.i]
        preps += [c for o in facts.direct() if o.lemma_.lower() in rule.object or o.lower_ in rule.object
                  for c in o.children if c.dep_ == "prep" and c.lower_ == "against" and c.lower_ in rule.prep and c.i > o.i]  # "registered a case [against] 40 protesters": the parser hung it on the named object
        preps += [c for c in _naming_as_past_object_phrase(facts.direct()) if c.lower_ in rule.prep]
        if not preps:  # "pushing hard for the US (to) support": the parser made "for" the mark of a clause
            preps = [m for c in tok.children if c.dep_ in ("advcl", "ccomp") for m in c.children
                     if m.dep_ == "mark" and m.lower_ == "for" and m.lower_ in rule.prep]
        if not preps:  # "gathered outside parliament": the parser made the preposition an adjective of the object
            preps = [c for o in facts.direct() for c in o.children if c.dep_ in ("amod", "advmod") and c.i < o.i
                     and c.lower_ in rule.prep and c.lower_ in PREPOSITIONS_READ_AS_MODIFIERS]
        if not preps or all(p.dep_ == "prep" and p.n_lefts + p.n_rights == 0
                            and not any(d.left_edge.i == p.i + 1 for d in facts.direct()) for p in preps):
            # a preposition with nothing after it is a particle ("UN peacekeepers stood by"), unless the parser
            # split its object off as the verb's ("called on [Prime Minister Modi]")
            return False, ()
    if rule.prt_block and any(c.dep_ in ("prt", "advmod") and c.lower_ in rule.prt_block for c in tok.children):
        return False, ()
    if rule.prep_block and not facts.direct() and _blocked_preposition(tok, rule):
        return False, ()
    if rule.prt and not _has_particle(tok, rule.prt, bool(facts.direct())):
        return False, ()
    if rule.modifier and not (facts.modifier_words() & rule.modifier):
        return False, ()
    if rule.active and facts.passive():
        return False, ()
    if rule.clausal and not any((c.dep_ in ("xcomp", "ccomp") or (c.dep_ == "advcl" and any(  # "gave approval for X to go"
            m.dep_ == "mark" and m.lower_ == "for" for m in c.children))) and c.pos_ in ("VERB", "AUX") for c in tok.children):
        return False, ()
    if rule.no_clause and any(w.tag_ == "VB" and w.dep_ in ("xcomp", "ccomp", "acl", "relcl", "advcl")
                              and any(c.lower_ == "to" and c.dep_ == "aux" for c in w.children)
                              for h in [tok, *facts.objs(), *(p for c in tok.children if c.dep_ == "prep" for p in c.children)]
                              for w in h.children):  # ("called on the court's chairman to resign")
        return False, ()
    if rule.head and not ((tok.dep_ in ("dobj", "nsubjpass") and set(lemma_variants(tok.head)) & rule.head) or (
            tok.dep_ == "pobj" and tok.head.lower_ in ("with", "under") and set(lemma_variants(tok.head.head)) & rule.head)):
        return False, ()  # "issued a plea", "responded with artillery fire", "came under fire"
    if rule.subject and not any(rule.subject.intersection(lemma_variants(w)) for s in subjects(tok) for w in s.subtree if w.i <= s.i):
        return False, ()
    if rule.subject_head and not any(rule.subject_head.intersection(lemma_variants(s)) for s in subjects(tok)):
        return False, ()
    if rule.subject_block and (any(rule.subject_block.intersection(lemma_variants(s)) for s in subjects(tok))
                               or _unnamed_blocked_doers(rule, agents(tok))):
        return False, ()
    if rule.complement or rule.complement_block:
        complements = {w for c in tok.children if c.dep_ in ("xcomp", "ccomp", "acomp") and c.pos_ in ("VERB", "AUX", "ADJ")
                       for w in lemma_variants(c)} | _object_infinitive_words(facts.objs())
        blocking = {w for c in tok.children if c.dep_ in ("xcomp", "ccomp", "acomp") and c.pos_ in ("VERB", "AUX", "ADJ")
                    and not _moved_into_custody(c) for w in lemma_variants(c)} | _object_infinitive_words(facts.objs())
        if (rule.complement and not complements & rule.complement) or blocking & rule.complement_block:
            return False, ()
    if rule.topic and not (_topic_words(tok, facts.objs()) & rule.topic):
        return False, ()
    if rule.clause_lacks and any(rule.clause_lacks.intersection(lemma_variants(w)) for w in own_clause(tok)):
        return False, ()
    return True, tuple(consumed)


def _unnamed_blocked_doers(rule: TriggerRule, doers: list["Token"]) -> bool:
    """Whether a passive's "by" phrase names one of the rule's `subject_block` doers and no one by name ("was met at the
    airport by his family and dozens of supporters"; not "by Tajik President Emomali Rahmon and children")."""
    return any(rule.subject_block.intersection(lemma_variants(d)) for d in doers) \
        and not any(d.pos_ == "PROPN" for d in doers)


def _words_allow(rule: TriggerRule, sent_words: set[str], story_words: set[str]) -> bool:
    """Whether the sentence's and the story's words meet the rule's `sentence_has`, `sentence_has_also`,
    `sentence_lacks`, `story_has` and `story_lacks`."""
    return not ((rule.sentence_has and not (sent_words & rule.sentence_has))
                or (rule.sentence_has_also and not (sent_words & rule.sentence_has_also))
                or (rule.sentence_lacks and (sent_words & rule.sentence_lacks))
                or (rule.story_has and not (story_words & rule.story_has))
                or (rule.story_lacks and (story_words & rule.story_lacks)))


# the dependents that start another clause of their own: a coordinated verb, an adverbial clause, an aside
OTHER_CLAUSE_DEPS = {"conj", "cc", "advcl", "parataxis", "relcl"}


def own_clause(tok: "Token") -> list["Token"]:
    """The words of the trigger's own clause: its phrase with its objects and complements, leaving out coordinated
    verbs, adverbial clauses, relative clauses and asides ("remanded two protesters in custody [and released a third on
    bail]", "ordered the journalist held for two months[, rejecting a defence request to release him]")."""
    out: list["Token"] = []
    todo = [tok]
    while todo:
        cur = todo.pop()
        out.append(cur)
        todo += [c for c in cur.children if not (c.dep_ in OTHER_CLAUSE_DEPS and c.pos_ in ("VERB", "AUX", "CCONJ"))
                 and not (cur is tok and c.dep_ in OTHER_CLAUSE_DEPS)]
    return out


CHARACTERISING_VERBS = word_set("characterising_verbs")
# what one "calls" in the sense of convening it ("called the strike for Monday"): anything else called is named
CALLED_EVENTS = word_set("called_events")
UNDER_VERBS = word_set("under_verbs")
SUFFERING_VERBS = word_set("suffering_verbs")
ELICITING_VERBS = word_set("eliciting_verbs")
REACTION_NOUNS = word_set("reaction_nouns")


def suffered_by_subject(tok: "Token") -> "Token | None":
    """The verb whose subject is the target of the noun trigger ("the convoy came under fire from rebels",
    "the ministry suffered a cyber attack", "troops repelled an assault", "Abe's visit drew condemnation from
    Beijing"), if any."""
    if any(c.lemma_.lower() in AILMENT_WORDS for c in tok.children if c.dep_ in ("compound", "amod", "nmod")):
        return None  # "suffered a heart attack"
    if tok.dep_ == "pobj" and tok.head.lower_ == "under" and tok.head.head.lemma_.lower() in UNDER_VERBS:
        return None if _custody_kept_since(tok) else tok.head.head
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in SUFFERING_VERBS:
        return tok.head
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in ELICITING_VERBS and tok.lemma_.lower() in REACTION_NOUNS:
        return tok.head  # "drawing condemnation from China": the doer of the act that drew it is the target
    return None


AILMENT_WORDS = word_set("ailment_words")
CUSTODY_STATE_NOUNS = word_set("custody_state_nouns")


def _custody_kept_since(tok: "Token") -> bool:
    """Custody told as a state that has lasted since a time ("who have been under house arrest since they were charged
    in the spring"): how the people stand, not an arrest of the news (not "was placed under house arrest on Monday",
    "have been under house arrest since Monday", "have been under fire since Monday")."""
    be = tok.head.head
    if tok.lemma_.lower() not in CUSTODY_STATE_NOUNS or be.lemma_.lower() != "be" or not any(
            c.dep_ == "aux" and c.lemma_.lower() == "have" for c in be.children):
        return False
    since = [c for c in be.children if (c.dep_ == "prep" and c.lower_ == "since") or (c.dep_ == "advcl" and any(
        m.dep_ == "mark" and m.lower_ == "since" for m in c.children))]
    return bool(since) and not any(w.lower_ in DAY_WORDS for c in since for w in c.subtree)


def _capital_month(tok: "Token") -> bool:
    """A month name in capitals before a day ("MONDAY, MARCH 30 – ...", a heading of a week-ahead diary): a date,
    not a march."""
    if not tok.is_upper or tok.lower_ not in ("march", "may") or tok.i + 1 >= len(tok.doc):
        return False
    return tok.doc[tok.i + 1].like_num


EVENT_NOUN_SITE_VERBS = word_set("event_noun_site_verbs")


CROWNING_VERBS = word_set("crowning_verbs")


def crowning_act(tok: "Token") -> str:
    """An act that closed a meeting told in the past ("talks that ended with the signing of a memorandum", "the visit
    concluded with the signing of an agreement", "culminated in the signing of"): the act was done then."""
    head = tok.head
    if tok.dep_ != "pobj" or head.lower_ not in ("with", "in") or head.head.lemma_.lower() not in CROWNING_VERBS \
            or head.head.tag_ not in ("VBD", "VBN") or any(c.dep_ == "aux" and c.lower_ in ("will", "would", "should", "may",
                                                                                          "might", "could", "to")
                                                           for c in head.head.children):
        return ""
    return f"'{head.head.text} {head.text} the {tok.text}' (the act that closed a meeting)"


DEED_PARTICIPLES_MISPARSED = word_set("deed_participles_misparsed")
DISPERSING_VERBS = word_set("dispersing_verbs")
RALLY_WORDS = word_set("rally_words")  # (vetoes._call_to_rally asks it too)


def _misparsed_deed(tok: "Token") -> str:
    """The past tense of a deed verb the parser hung on its object as a modifier ("employees of a contractor downed
    tools on Monday": "downed" an adjective on "tools"). Returns the verb's word, or ""."""
    return next((c.text for c in tok.children if c.dep_ == "amod" and c.i == tok.i - 1 and c.tag_ in ("VBD", "VBN")
                 and c.lemma_.lower() in DEED_PARTICIPLES_MISPARSED), "")


def nominal_licensed(tok: "Token", lexicon: TriggerLexicon) -> tuple[bool, str]:
    """Whether a noun trigger reports an event (and why not): it must be the object of a light verb
    ("launched an attack"), the subject of an occurrence verb ("clashes erupted"), a headline root,
    "there were clashes", told with a participle ("the talks, held in Baghdad, ..."), someone's visit
    told in the past ("X's trip to Tashkent produced ..."), or the frame of a statement ("In a phone call
    with Erdogan, Putin said ..."); nouns under since/after/before... are background, and neither a
    date ("in March") nor a visit to a site ("a visit to a base") is an event."""
    dep, head = tok.dep_, tok.head
    if tok.ent_type_ in ("DATE", "TIME") and tok.is_title:  # "in March" names a month, not a march
        return False, "a date"
    if _capital_month(tok):  # "MONDAY, MARCH 30 –" heads a diary entry
        return False, "a date"
    if dep == "conj":
        return nominal_licensed(head, lexicon) if head.pos_ in ("NOUN", "PROPN") else (False, "coordinated")
    if dep in NOMINAL_DEPS_OK:
        return True, "headline or appositive"
    if (told := _exercise_told_by_relative(tok)):
        return True, told
    if (suffered := suffered_by_subject(tok)) is not None:
        return True, f"suffered by the subject of '{suffered.text}'"
    if tok.lemma_.lower() in VISIT_NOUNS:
        destinations = [o for c in tok.children if c.dep_ == "prep" and c.lower_ == "to"
                        for o in c.children if o.dep_ == "pobj"]
        if destinations and all(o.pos_ == "NOUN" and not o.ent_type_ for o in destinations):
            return False, "a visit to a site ('to a base'), not to a country"
        if destinations and dep == "nsubj" and head.tag_ == "VBD" and any(c.dep_ == "poss" for c in tok.children):
            return True, "someone's visit to a place, told in the past"  # "X's trip to Tashkent produced deals"
    # "the signing of the treaty by Obama and Medvedev marked a thaw", "the expulsion of ten diplomats by
    # Washington drew a pledge of retaliation": an act with its doer, told in the past (not a possessor, which
    # may be background: "Hamas's attack on Israel triggered the war")
    told_done = head.tag_ == "VBD" or (head.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_.lower() == "have"
                                                                    for c in head.children))
    if dep == "nsubj" and told_done and head.lemma_.lower() != "be" and any(
            c.dep_ == "prep" and c.lower_ == "by" for c in tok.children):  # also "a wave of arrests by the KGB has swept up"
        return True, f"an act with its doer, subject of '{head.text}'"
    head_words = set(lemma_variants(head))
    if dep == "nsubj" and head.lemma_.lower() == "be" and any(
            c.dep_ == "attr" or (c.dep_ == "acomp" and c.tag_ == "VBN") for c in head.children):
        return False, f"described ('{tok.text} {head.text} ...'), not reported"
    if dep in ("nsubj", "nsubjpass") and head_words & lexicon.occurrence_verbs:
        return True, f"subject of '{head.text}'"
    held = next((c for c in tok.children if c.dep_ == "acl" and c.tag_ == "VBN"
                 and set(lemma_variants(c)) & HOLDING_PARTICIPLES), None)
    if held is not None and dep in ("nsubj", "nsubjpass", "dobj"):  # "the talks, held in Baghdad, focused on oil"
        return True, f"'{tok.text} {held.text}'"
    if head_words & CHARACTERISING_VERBS and (dep == "oprd" or (dep == "dobj" and (head.dep_ == "relcl" or any(
            c.lower_ == "what" for c in head.children) or (  # "called the bombing ... a war crime" (not "called a strike")
            tok.lemma_.lower() not in CALLED_EVENTS and any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an")
                                                            for c in tok.children))))):
        # "called the move an attack", "an act the US called an unprovoked attack", "what it called an attack"
        return False, f"a characterisation ('{head.text} ... {tok.text}')"
    if dep in ("dobj", "attr", "oprd", "nsubjpass") and head_words & lexicon.light_verbs \
            and not (dep == "dobj" and (any(c.dep_ == "oprd" for c in head.children) or any(  # "called the ceasefire a ploy"
                c.dep_ in ("acl", "amod") and c.tag_ == "JJ" and c.i > tok.i for c in tok.children))):  # "... the arrest unjust"
        return True, f"object of '{head.text}'"
    if dep == "attr" and any(c.dep_ == "expl" for c in head.children):
        return True, "there was/were"
    if dep == "pobj" and head.lower_ == "on" and head.head.lemma_.lower() in ENGAGED_VERBS \
            and tok.lemma_.lower() in ENGAGED_ACT_NOUNS:  # "had been on hunger strike since Monday", "remains on strike"
        return True, f"'{head.head.text} on {tok.text}'"
    if dep in ("dobj", "nsubjpass") and head.lemma_.lower() in DISPERSING_VERBS and tok.lemma_.lower() in RALLY_WORDS:
        return True, f"'{head.text} ... {tok.text}' (a protest ended by force)"  # "police broke up a protest by traders"
    if (deed := _misparsed_deed(tok)):  # "workers downed tools on Monday"
        return True, f"'{deed} {tok.text}' (a verb read as its object's modifier)"
    if dep == "dobj" and head.lemma_.lower() in ("follow", "precede") and any(t.lower_ in DAY_WORDS for t in tok.subtree):
        return True, f"'{head.text} ...' an act dated to a day of the reported week"  # "the detentions followed a gathering
        # of several hundred residents on Wednesday"
    if dep == "dobj" and (claim := claimed_act(tok)):  # "Islamic State claimed the attack"
        return True, f"'{claim}' (the act claimed)"
    if dep == "pobj" and head.lower_ == "in" and tok.lower_ == "protest" and not any(c.dep_ in ("det", "poss") for c in tok.children):
        return False, "the purpose of another act ('in protest')"  # "broke off ties ... in protest at a Colombian raid"
    if tok.lemma_.lower() in CONVERSATION_NOUNS | VISIT_NOUNS and (setting := meeting_as_setting(tok)):
        return True, setting
    if (crowned := crowning_act(tok)):
        return True, crowned
    if dep == "pobj" and head.lower_ == "of" and head.head.lower_ in MEASURE_NOUNS:  # "ten days of war games"
        span = head.head
        if tok.lemma_.lower() in CONVERSATION_NOUNS | VISIT_NOUNS and span.dep_ == "pobj" \
                and span.head.lower_ in ("after", "following") and not _time_qualified(tok):
            return True, f"'{span.head.text} {span.text} of ...' (the meeting just held)"  # "signed after two days of talks"
        return nominal_licensed(head.head, lexicon)
    if dep == "pobj":
        prep = head
        if prep.lower_ == "during" and not _time_qualified(tok):
            return True, "'during ...' (concurrent, not dated back)"
        if prep.lower_ == "in" and tok.lemma_.lower() in CONVERSATION_NOUNS and any(
                c.dep_ == "prep" and c.lower_ == "with" for c in tok.children):
            return True, "'in talks with ...' (concurrent)"  # "In a phone call with Erdogan, Putin voiced concern"
        if prep.lower_ == "in" and tok.lemma_.lower() in CONVERSATION_NOUNS and any(
                a.tag_ == "VBD" for a in list(prep.ancestors)[:3] if a.pos_ == "VERB") and any(
                c.dep_ in ("compound", "amod", "nmod") and c.lower_ in PHONE_WORDS for c in tok.children):
            return True, "'in a phone call' (the call the act was told in)"  # "thanked Putin for the help in a phone call"
        if prep.lower_ == "for" and prep.head.lemma_.lower() in GATHERING_VERBS:
            return True, f"'{prep.head.text} for ...'"
        if prep.lower_ == "for" and prep.head.lemma_.lower() == "be" and any(  # "is in Damascus for talks"
                c.dep_ == "prep" and c.lower_ in ("in", "at") and any(o.ent_type_ in ("GPE", "LOC", "FAC") for o in c.children)
                for c in prep.head.children):
            return True, f"'{prep.head.text} in ... for ...'"
        if prep.lower_ == "after" and tok.lemma_.lower() in CONVERSATION_NOUNS | VISIT_NOUNS \
                and prep.head.lemma_.lower() in SPEAKER_VERBS | {"come"} and not _time_qualified(tok):
            return True, f"'{prep.head.text} after ...' (the meeting just held)"  # "said after talks with Abe", "the decision came after talks"
        if prep.lower_ in ("after", "following") and tok.lemma_.lower() in CONVERSATION_NOUNS | VISIT_NOUNS and any(
                t.lower_ in DAY_WORDS for t in tok.subtree):
            return True, f"'{prep.text} ...' a meeting dated to a day of the reported week"  # "Following talks on Saturday"
        if (claim := claimed_act(tok)) and not _dated_back(tok):
            return True, f"'{claim}' (the act claimed)"
        if (outcome := meeting_of_dated_document(tok)):
            return True, outcome
        if prep.lower_ in lexicon.background_preps:
            return False, f"background ('{prep.text} ...')"
        verb = prep.head
        if prep.lower_ == "by" and prep.dep_ == "agent" and verb.tag_ == "VBN" \
                and set(lemma_variants(verb)) & lexicon.occurrence_verbs:
            return True, f"cause of '{verb.text}' ('by ...')"  # "knocked offline by a cyber attack", "damaged by shelling"
        if prep.lower_ in ("on", "in", "into", "at") and verb.lemma_.lower() in lexicon.light_verbs | EVENT_NOUN_SITE_VERBS \
                and not (prep.lower_ == "at" and verb.lemma_.lower() in lexicon.light_verbs):  # "detained at a rally"
            return True, f"'{verb.text} {prep.text} ...'"
    return False, "mentioned, not reported as happening"


EXERCISE_NOUNS = word_set("exercise_nouns")
PLANNING_VERBS = word_set("planning_verbs")
UNDONE_MARKS = {"not", "n't", "never", "will", "would", "to", "could", "may", "might", "should"}  # (no act told as done)


def _exercise_told_by_relative(tok: "Token") -> str:
    """An exercise whose own relative clause tells it in the past ("the joint Kazakh-Kyrgyz drill Birlestik, which ended
    near Osh on Friday", "the final day of the joint Turkish-Azerbaijani exercise, in which about 3,000 servicemen had
    practised river crossings"): it took place (the parser may hang the clause on the name or on the "day of" noun)."""
    if tok.lemma_.lower() not in EXERCISE_NOUNS and tok.lower_ not in EXERCISE_NOUNS:
        return ""
    phrase = [tok] + ([tok.head] if tok.dep_ == "compound" else []) \
        + ([tok.head.head] if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ == "NOUN" else [])
    for noun in phrase:
        for c in noun.children:
            if c.dep_ != "relcl" or any(a.dep_ in ("neg", "aux") and a.lower_ in UNDONE_MARKS for a in c.children):
                continue
            if any(a.dep_ == "auxpass" for a in c.children) or c.lemma_.lower() in PLANNING_VERBS:
                continue  # ("drills that had been planned for next week", "which was cancelled")
            past = c.tag_ == "VBD" or (c.tag_ == "VBN" and any(a.dep_ == "aux" and a.lemma_.lower() == "have"
                                                                for a in c.children))
            relative = any(w.lower_ in ("which", "that") for w in c.children) or any(
                p.dep_ == "prep" and any(w.lower_ == "which" for w in p.children) for p in c.children)
            if past and relative:
                return f"'{tok.text}, ... {c.text}' (told by its own relative clause)"
    return ""


DOCUMENT_NOUNS = word_set("document_nouns")


def meeting_of_dated_document(tok: "Token") -> str:
    """A meeting named as the source of a document and dated to a day of the reported week ("refused to sign the joint
    communique of a meeting of SCO defence ministers in Bishkek on Friday"): the meeting was held (not an undated or
    older one: "the declaration of the 2001 summit")."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ != "of" or tok.lemma_.lower() not in CONVERSATION_NOUNS \
            or prep.head.lemma_.lower() not in DOCUMENT_NOUNS or _dated_back(tok):
        return ""
    doc = tok.doc
    after = tok.right_edge.i + 1
    own_day = any(t.lower_ in DAY_WORDS for t in tok.subtree) or (
        after + 1 < len(doc) and doc[after].lower_ == "on" and doc[after + 1].lower_ in DAY_WORDS)
    return f"'the {prep.head.text} of a {tok.text} ... ' dated to a day (the meeting held)" if own_day else ""


def claimed_act(tok: "Token") -> str:
    """The words of a claim of the act ("claimed responsibility for the bombing", "claimed responsibility on Tuesday for
    the attack", "claimed the kidnapping"), or ""."""
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() == "claim":
        return f"{tok.head.text} ..."
    if tok.dep_ != "pobj" or tok.head.lower_ != "for":
        return ""
    above = tok.head.head
    if above.lemma_.lower() in RESPONSIBILITY_NOUNS and above.head.lemma_.lower() in CLAIMING_VERBS:
        return f"{above.head.text} {above.text} for ..."
    if above.lemma_.lower() in CLAIMING_VERBS and any(
            c.dep_ == "dobj" and c.lemma_.lower() in RESPONSIBILITY_NOUNS for c in above.children):
        return f"{above.text} responsibility ... for ..."  # the parser hung "for" on the verb
    return ""


def meeting_as_setting(tok: "Token") -> str:
    """A meeting named as the setting of the act reported, held then: "telling Nazarbayev at talks in Astana", "left
    Beirut after two days of meetings with Lebanese leaders", "agreed ... at the end of a round of talks"."""
    top = tok
    while top.dep_ == "pobj" and top.head.lower_ == "of" and top.head.head.lemma_.lower() in MEASURE_NOUNS | OCCASION_PARTS:
        top = top.head.head
    if top.dep_ != "pobj" or _time_qualified(tok):
        return ""
    prep, verb = top.head, top.head.head
    if verb.pos_ not in ("VERB", "AUX") or prep.dep_ != "prep" or verb.lemma_.lower() == "be" or verb.dep_ in ("acl", "relcl"):
        return ""  # ("before their contract was due to expire, after talks in Berlin", "the decisions taken at the meeting")
    if prep.lower_ == "at" and tok.lemma_.lower() in NEGOTIATION_NOUNS and verb.lemma_.lower() not in MEETING_VERBS:
        # (not "spoke with X at a meeting": the verb tells it; nor any "meeting", mostly domestic: "said at a meeting with managers")
        return "'at ...' (the meeting where it was done)"
    with_parties = tok.lemma_.lower() in NEGOTIATION_NOUNS or any(
        c.dep_ == "prep" and c.lower_ in ("with", "between") for c in tok.children)  # (not "after a cabinet meeting")
    if prep.lower_ in ("after", "following") and verb.tag_ == "VBD" and with_parties \
            and not any(c.dep_ == "npadvmod" for c in prep.children):
        return f"'{verb.text} {prep.text} ...' (the meeting just held)"
    return ""


CONVERSATION_NOUNS = word_set("meeting_nouns") | word_set("call_nouns")
QUANTITY_NOUNS = word_set("quantity_nouns")
OCCASION_PARTS = word_set("occasion_parts")
MEETING_VERBS = word_set("meeting_verbs")
NEGOTIATION_NOUNS = word_set("negotiation_nouns")
HOLDING_PARTICIPLES = word_set("holding_participles")
VISIT_NOUNS = word_set("visit_nouns")
SPEAKER_VERBS = word_set("speaker_verbs")
# "claimed responsibility for the bombing": the claimant owns the act
RESPONSIBILITY_NOUNS = word_set("responsibility_nouns")
CLAIMING_VERBS = word_set("claiming_verbs")
# people gather *for* an event that then happens ("converged on Lagos for a rally")
GATHERING_VERBS = word_set("gathering_verbs")
PAST_MARKERS = {"last", "previous", "past", "earlier", "former", "recent", "early", "late", "first", "second"}


def _time_qualified(tok: "Token") -> bool:
    """A noun dated back in time ("during the 2020 war", "during last year's protests", "during the
    Soviet era"): such a "during" phrase is background, an undated one is concurrent."""
    if tok.lemma_.lower() not in VISIT_NOUNS | CONVERSATION_NOUNS:
        return any(c.i != tok.i and (c.ent_type_ in ("DATE", "TIME") or c.lower_ in PAST_MARKERS or c.like_num)
                   for c in tok.subtree)
    return _dated_back(tok)


def _dated_back(tok: "Token") -> bool:
    """The noun's own modifiers date it back ("his 2019 visit", "last year's talks", "attacks since 2018"); a clause
    hung on it, its day ("on Thursday", "Monday's attack") or "his first visit" do not."""
    stack = [c for c in tok.children if c.dep_ not in CLAUSE_DEPS]
    while stack:
        c = stack.pop()
        if c.lower_ in PAST_MARKERS - ORDINALS or (c.text.isdigit() and len(c.text) == 4) or (
                c.ent_type_ in ("DATE", "TIME") and c.lower_ not in CURRENT_DATE_WORDS and not c.is_title):
            return True
        stack.extend(g for g in c.children if g.dep_ not in CLAUSE_DEPS)
    return False


ORDINALS = {"first", "second"}
CLAUSE_DEPS = {"relcl", "acl", "ccomp", "advcl"}
CURRENT_DATE_WORDS = {"today", "tonight", "yesterday", "tomorrow", "morning", "afternoon", "evening", "night", "on", "this",
                      "the", "weekend"}


MEASURE_NOUNS = word_set("measure_nouns")


def lemma_variants(tok: "Token") -> list[str]:
    """The lemma, the word, and simple de-inflections (the small model mislemmatises some verbs:
    "staged" -> "stag")."""
    return list(_variants(tok.lemma_.lower(), tok.lower_))


_SUFFIXES = (("ied", "y"), ("ies", "y"), ("ed", "e"), ("ed", ""), ("es", ""), ("s", ""), ("ing", "e"), ("ing", ""))


@functools.lru_cache(maxsize=65536)
def _variants(lemma: str, low: str) -> tuple[str, ...]:
    out = [lemma]
    if low != lemma:
        out.append(low)
    for suffix, repl in _SUFFIXES:
        if low.endswith(suffix) and len(low) - len(suffix) >= 3:
            out.append(low[: -len(suffix)] + repl)
    return tuple(out)


def _rules_of_word(lexicon: TriggerLexicon, lemma: str, low: str) -> tuple[TriggerRule, ...]:
    """The rules of the first of a word's variants (`_variants`) that has any."""
    for variant in _variants(lemma, low):
        rules = lexicon.by_lemma.get(variant, ())
        if rules:
            return rules
    return ()


WORD_RULES_SIZE = 100_000  # (lemma, word) pairs whose rules are kept per lexicon
_WORD_RULES: dict[int, tuple[TriggerLexicon, dict[tuple[str, str], tuple[TriggerRule, ...]]]] = {}


def _word_rules(lexicon: TriggerLexicon) -> dict[tuple[str, str], tuple[TriggerRule, ...]]:
    """(lemma, word) -> `_rules_of_word`, kept for each lexicon in use (a few: the entry holds the lexicon, so its id
    is not taken by another while kept)."""
    entry = _WORD_RULES.get(id(lexicon))
    if entry is None or entry[0] is not lexicon:
        if len(_WORD_RULES) >= 4:
            _WORD_RULES.clear()
        entry = _WORD_RULES[id(lexicon)] = (lexicon, {})
    return entry[1]


def find_hits(sent: "Span", lexicon: TriggerLexicon, story_words: "set[str] | None" = None) -> list[TriggerHit]:
    """Best rule per token of a sentence; tokens used by a multiword pattern are not triggers again (`story_words`: the
    words of the story so far, for rules with `story_has`)."""
    doc, start = sent.doc, sent.start
    table = token_table(doc)
    lemmas = table.lemma[start:sent.end]
    lowers = table.lower[start:sent.end]
    sent_words = set(lemmas)
    sent_words.update(lowers)
    hits: list[TriggerHit] = []
    consumed_all: set[int] = set()
    word_rules = _word_rules(lexicon)
    for i, (lemma, low) in enumerate(zip(lemmas, lowers), start):
        if i in consumed_all:
            continue
        rules = word_rules.get((lemma, low))
        if rules is None:
            if len(word_rules) >= WORD_RULES_SIZE:
                word_rules.clear()
            rules = word_rules[(lemma, low)] = _rules_of_word(lexicon, lemma, low)
        if not rules:
            continue
        tok = doc[i]
        facts = _TokenFacts(tok)
        for rule in rules:
            ok, consumed = match_rule(tok, rule, sent_words, facts, story_words)
            if ok:
                hits.append(TriggerHit(tok.i, rule, consumed, nominal=tok.pos_ in ("NOUN", "PROPN")
                                       and not ("VERB" in rule.pos and verb_tagged_as_noun(tok))))
                consumed_all.update(consumed)
                break
    return [h for h in hits if h.token_i not in consumed_all]
