"""Small helpers over a spaCy dependency parse: arguments of a predicate and its modality.

All functions take spaCy Tokens and return tokens or plain values; nothing here knows PLOVER.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Callable, Iterable, TypeVar

from tocsin import nlp
from tocsin.coding.word_lists import word_set

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Span, Token

_Value = TypeVar("_Value")


def _memo_of(doc: "Doc", key: tuple[str, str]) -> dict[int, Any]:
    """The memo of one function in a Doc (token index -> what the function gave for that token)."""
    memo = doc.user_data.get(key)
    if memo is None:
        memo = doc.user_data[key] = {}
    return memo


def per_token(fn: Callable[["Token"], _Value]) -> Callable[["Token"], _Value]:
    """`fn`, a function of one token's place in the parse giving a plain value (a flag, a word), worked out once per
    token: the answer is kept in the token's Doc, so it lives as long as the story's parse and no longer."""
    key = ("tocsin_per_token", fn.__qualname__)

    @functools.wraps(fn)
    def kept(tok: "Token") -> _Value:
        memo, i = _memo_of(tok.doc, key), tok.i
        if i in memo:
            return memo[i]
        value = memo[i] = fn(tok)
        return value

    return kept


def tokens_per_token(fn: Callable[["Token"], list["Token"]]) -> Callable[["Token"], list["Token"]]:
    """`per_token` for a function giving tokens of the same Doc: their indices are kept (no Token held in its own
    Doc), and each call gets a new list of them."""
    key = ("tocsin_per_token", fn.__qualname__)

    @functools.wraps(fn)
    def kept(tok: "Token") -> list["Token"]:
        doc, i = tok.doc, tok.i
        memo = _memo_of(doc, key)
        found = memo.get(i)
        if found is None:
            found = memo[i] = tuple(t.i for t in fn(tok))
        return [doc[j] for j in found]

    return kept

# the tokens a quotation mark is, straight, curly, single or doubled (" “ ” ' ‘ ’ `` '')
QUOTE_MARK_TOKENS = frozenset({'"', "“", "”", "''", "``", "'", "‘", "’"})
SUBJ = {"nsubj", "csubj"}
# clause heads a verb can take: the parser keeps the verb's place even when the tagger called it a noun
VERB_CLAUSE_DEPS = {"ROOT", "ccomp", "dep", "npadvmod", "conj", "parataxis", "advcl"}
PASS_SUBJ = {"nsubjpass", "csubjpass"}
OBJ = {"dobj", "dative", "obj"}
PHRASE_STOP = {"relcl", "acl", "advcl", "ccomp", "xcomp", "punct", "cc", "mark", "parataxis", "prep", "advmod"}
MODIFIER_DEPS = {"compound", "amod", "nmod", "npadvmod", "nummod", "poss"}

HYPOTHETICAL_AUX = {"could", "may", "might", "should", "must", "can", "ought", "would"}
FUTURE_AUX = {"will", "shall", "'ll", "wo"}
REPORTING = word_set("reporting_verbs")
FUTURE_HEADS = word_set("future_heads")
ATTEMPT_HEADS = {"try", "attempt"}
# weighing an option is not deciding it (CAMEO 014 "consider policy option": a statement, no event)
FITNESS_WORDS = word_set("fitness_words")
FITNESS_DEGREES = word_set("fitness_degrees")


def judged_fit(head: "Token") -> bool:
    """A judgement that someone is fit for an act ("regional states were better placed to broker settlements", "Ankara
    is uniquely positioned to mediate"): no act, nor a promise (not "troops were placed to guard the crossing")."""
    return head.lower_ in FITNESS_WORDS and any(c.dep_ == "advmod" and c.lower_ in FITNESS_DEGREES for c in head.children)


WAY_NOUNS = word_set("way_of_doing_nouns")


def _way_of_doing(verb: "Token") -> str:
    """A gerund that names what a way or a record of work is about ("the Gulf state's approach to returning children",
    "nominated the mediators for their work returning Ukrainian children"): a manner or a record, no act of a day.
    Returns the noun, or ""."""
    if verb.tag_ != "VBG":
        return ""
    if verb.dep_ == "pcomp" and verb.head.lower_ in ("to", "for", "of", "in"):
        noun = verb.head.head
    elif verb.dep_ == "acl":
        noun = verb.head
    else:
        return ""
    return noun.text if noun.pos_ == "NOUN" and noun.lemma_.lower() in WAY_NOUNS else ""


DELIBERATING_HEADS = word_set("deliberating_heads")  # "was unlikely to criticise": a judgement; "civilians waiting
# to be evacuated": not yet; "would be tempted to press his demands", "is inclined to accept": a leaning, no act
PLOT_NOUNS = word_set("plot_nouns")  # "thwarted a plot to assassinate"
# "the possibility of transferring helicopters", "the idea of sending troops": an option, not an act
OPTION_NOUNS = word_set("option_nouns")
# "the first leader to visit Kabul": an infinitive on a ranked noun reports the act; on other nouns
# ("the decision to send troops", "an invitation to meet") it names an act not yet done
RANKING_WORDS = {"first", "second", "third", "last", "only", "latest", "sole"}
NEGATING_HEADS = word_set("negating_heads")
# "set a date for the withdrawal", "a timetable for reopening the border": an act still to be scheduled
TIMETABLE_NOUNS = word_set("timetable_nouns")
RELUCTANCE_HEADS = word_set("reluctance_heads")
ALLEGING_HEADS = word_set("alleging_heads")
# "the army claimed it had killed 40 insurgents", "witnesses claim that militia burned the village": a claim
# reports an act on a party's or a witness's word (status "claimed": the coder decides which types it keeps)
CLAIMING_HEADS = {"claim"}
# the preposition a charge or a sentence names its offence with ("charged with assisting", "convicted of spying",
# "jailed for helping"): (preposition, head lemma)
OFFENCE_PREPS = {(p, h) for h in ("charge", "indict") for p in ("with", "of", "for")} | {
    (p, h) for h in word_set("penalty_verbs") for p in ("of", "for")}
# "gunmen suspected / believed / thought / alleged to be rebels": a guess at who the actor is
IDENTIFYING_HEADS = word_set("identifying_heads")
ALLEGATION_NOUNS = word_set("allegation_nouns")
CONDITION_MARKS = {"if", "unless", "whether", "lest", "should", "once", "until"}
# "..., officials said, blaming Russia": a participle of speech goes with the speaker, not with the reported act
SPEECH_PARTICIPLES = word_set("speech_participles")
LABELLING_PARTICIPLES = word_set("labelling_participles")
HEEDED_CALL_NOUNS = word_set("exhortation_nouns")
HEEDED_BY_VERBS = word_set("heeding_verbs")
GRANTED_MOTION_NOUNS = word_set("granted_motion_nouns")
GRANTING_VERBS = word_set("granting_verbs")
SCHEDULED_WORDS = word_set("scheduled_words")
OBJECT_CONTROL_VERBS = word_set("object_control_verbs")
FUTURE_WORDS = word_set("future_words")
STATE_VERBS = {"be", "remain", "stay", "seem", "appear"}  # reported clauses of state ("said the CIS remained strong")
ORDERED_INTERMEDIARIES = word_set("ordered_intermediaries")
INTERMEDIARY_ORDER_HEADS = word_set("intermediary_order_heads")
# drills and exercises rehearse imagined events: "troops practised repelling an attack", "a scenario in
# which armed groups seize a pass" (the exercise itself is coded from its own trigger)
SIMULATING_HEADS = word_set("simulating_heads")
SCENARIO_NOUNS = word_set("scenario_nouns")
SIMULATED_WORDS = word_set("simulated_words")
SCRIPT_NOUNS = word_set("script_nouns")
NEGATING_NOUNS = word_set("negating_nouns")
PROMISE_NOUNS = word_set("promise_nouns")
PURPOSE_HEADS = word_set("purpose_heads")
PURPOSE_ADVCL_HEADS = word_set("purpose_clause_heads")
NEED_HEADS = word_set("need_heads")
POSSIBILITY_NOUNS = word_set("possibility_nouns")  # "the possibility that the next strike hits a ship": no act
PENALTY_NOUNS = word_set("penalty_nouns")
GOAL_PREPS = word_set("goal_preps")
GOAL_NOUNS = word_set("goal_nouns")
RETRACTING_VERBS = word_set("retracting_verbs")
SUPERSEDED_TEXT_NOUNS = word_set("superseded_text_nouns")
SUPERSEDED_TEXT_MARKS = word_set("superseded_text_marks")
ERRING_SAYING_ADVERBS = word_set("erring_saying_adverbs")
WANTING_HEADS = word_set("wanting_heads")
ACT_NOUNS = word_set("act_nouns")
MEANS_NOUNS = word_set("means_nouns")
# "at no point did ...", "in no way": not "in no time" (quickly) or "with no way out"
NO_OCCASIONS = {("at", "point"), ("at", "time"), ("at", "stage"), ("at", "moment"), ("in", "way"), ("under", "circumstance")}
NEGATION_WORDS = {"not", "n't", "never", "no", "without", "neither", "nor", "nobody", "none"}
# a clause that says what someone hopes or wishes for reports no event: "voiced hope that Greece will help",
# "said he hopes Japan will persuade Biden to lift sanctions"
WISHING_HEADS = word_set("wishing_heads")
MANDATING_HEADS = word_set("mandating_heads")
# "prevented aid agencies from providing assistance", "barred the monitors from entering": the act is kept
# from happening
PREVENTING_HEADS = word_set("preventing_heads")
# "were waiting for the military to investigate": an awaited act has not happened
AWAITING_HEADS = {"wait", "await"}


@dataclass(frozen=True, slots=True)
class Modality:
    """How a predicate is asserted: `status` is asserted | negated | future | hypothetical | alleged | claimed."""

    status: str = "asserted"
    cue: str = ""

    @property
    def happened(self) -> bool:
        return self.status == "asserted"


@tokens_per_token
def with_conjuncts(tok: "Token") -> list["Token"]:
    """The token and the tokens coordinated with it ("Russia and Belarus")."""
    out = [tok]
    for c in tok.conjuncts:
        if c not in out:
            out.append(c)
    return sorted(out, key=lambda t: t.i)


def clause_verb(tok: "Token") -> "Token":
    """The verb a noun trigger depends on (the trigger itself when it is a verb)."""
    cur = tok
    for _ in range(4):
        if cur.pos_ in ("VERB", "AUX") or cur.dep_ == "ROOT":
            return cur
        cur = cur.head
    return cur


@tokens_per_token
def subjects(verb: "Token") -> list["Token"]:
    """Active subjects of a verb, inherited through coordination, control and relative clauses."""
    cur = verb
    for _ in range(5):
        found = [c for c in cur.children if c.dep_ in SUBJ and not _list_item_as_subject(cur, c)] or _misplaced_subject(cur)
        if not found and cur.dep_ == "ROOT":
            stranded = _stranded_subjects(cur)
            if stranded:
                return stranded
        if found:
            out: list["Token"] = []
            for f in found:
                out.extend(with_conjuncts(f))
            return out
        if cur.dep_ == "conj" and cur.head.pos_ in ("VERB", "AUX"):
            if is_finite(cur) and cur.head.dep_ == "ccomp" and not is_finite(cur.head) \
                    and any(c.dep_ == "aux" for c in cur.head.children):
                # "said that Baku could be preparing ... and accused Baku": a finite verb cannot share
                # the auxiliary of the reported clause; it is coordinated with the reporting verb
                cur = cur.head.head
                continue
            if is_finite(cur) and cur.head.dep_ == "acl" and not is_finite(cur.head) \
                    and any(c.dep_ == "aux" for c in cur.head.children) and cur.head.head.dep_ == "dobj" \
                    and cur.head.head.head.pos_ == "VERB" and any(m.dep_ == "mark" for m in cur.head.children):
                # "expressed concern that the canal could cut the flow, and asked the Afghan side to pause work": the
                # finite verb goes with the verb that voices the noun, not with the clause on the noun
                cur = cur.head.head.head
                continue
            if is_finite(cur) and cur.head.dep_ == "ccomp" and cur.head.lemma_.lower() in STATE_VERBS \
                    and cur.head.head.lemma_.lower() in REPORTING and cur.head.head.i < cur.head.i:
                # "told the summit that the CIS remained 'a space of good neighbourliness' and proposed setting up a joint
                # centre": a stative reported clause does not act; the verb after it goes with the speaker
                cur = cur.head.head
                continue
            shared = [c for c in cur.head.children if c.dep_ == "nsubjpass"]
            if shared and is_finite(cur) and not any(c.dep_ in ("auxpass", "nsubjpass") for c in cur.children) \
                    and any(c.dep_ == "cc" and c.lower_ == "but" and c.i < cur.i for c in [*cur.children, *cur.head.children]):
                # "Azerbaijan was invited to the talks but declined": the surface subject of the passive acts (not
                # "was summoned and handed a note", a passive whose auxiliary is left out)
                return with_conjuncts(shared[0])
            if is_finite(cur) and (speaker := _speaker_past_quote(cur)) is not None:
                cur = speaker  # "The EU said the case showed that "repression ... continues" and demanded ..."
                continue
            if is_finite(cur) and cur.head.tag_ == "VBG" and cur.head.dep_ == "pcomp" \
                    and cur.head.head.head.pos_ in ("VERB", "AUX"):
                # "accused the US of orchestrating a coup and broke off relations": a past-tense verb is not
                # coordinated with the gerund but with the verb above it
                cur = cur.head.head.head
                continue
            cur = cur.head
        elif cur.dep_ in ("xcomp",) or (cur.dep_ == "advcl" and _has_to(cur)):
            raised = [c for c in cur.head.children if c.dep_ == "nsubjpass"]
            if raised and cur.head.lemma_.lower() in SCHEDULED_WORDS | {"suppose", "schedule", "expect", "slate"}:
                return with_conjuncts(raised[0])  # "Wang Yi is scheduled to hold talks"
            objs = [c for c in cur.head.children if c.dep_ in OBJ]
            if objs and cur.head.lemma_.lower() in OBJECT_CONTROL_VERBS:  # "urged Baku to", "prompting Moscow to"
                return with_conjuncts(objs[0])
            cur = cur.head
        elif cur.dep_ in ("ccomp", "dep") and is_finite(cur) and cur.head.pos_ in ("VERB", "AUX") \
                and not any(c.dep_ == "mark" for c in cur.children):
            cur = cur.head  # "Police ordered them to disperse, then began detaining": a finite clause with no
            # subject of its own is a coordination the parser took for a complement
        elif cur.dep_ == "acomp" and cur.head.pos_ in ("VERB", "AUX"):
            cur = cur.head  # "it is willing to withdraw": the subject of the copula
        elif cur.dep_ == "pcomp" and cur.tag_ == "VBG" and cur.head.lower_ in ("after", "before", "by", "while", "without") \
                and cur.head.head.pos_ in ("VERB", "AUX"):
            cur = cur.head.head  # "regained control of the prison after killing 24 rioters": the same subject
        elif cur.dep_ in ("acl", "relcl") and to_infinitive(cur) and cur.head.lemma_.lower() in PROMISE_NOUNS:
            # "Putin's offer to mediate": the owner promises; "reaffirmed its commitment to support": the
            # subject of the verb that takes the promise noun
            owner = _promise_owner(cur.head)
            if owner is not None:
                return with_conjuncts(owner)
            if cur.head.head.pos_ not in ("VERB", "AUX"):
                return []
            cur = cur.head.head
        elif cur.dep_ == "acl" and cur.head.dep_ == "pobj" and cur.head.head.dep_ == "prep" \
                and cur.head.head.i == cur.sent.start and cur.head.head.head.pos_ in ("VERB", "AUX"):
            cur = cur.head.head.head  # "In a statement condemning the attack, the embassy urged ...": the embassy's statement
        elif cur.dep_ in ("relcl", "acl") and to_infinitive(cur) and cur.head.dep_ == "attr" and ranked(cur.head) \
                and cur.head.head.lemma_.lower() in ("be", "become", "remain"):
            cur = cur.head.head  # "Russia became the first country to recognise ...": the copula's subject
        elif (main := _simultaneity_clause(cur)) is not None:
            cur = main  # "welcomed the decision, at the same time calling on Minsk to release ...": the ministry calls
        elif cur.dep_ in ("relcl", "acl") and cur.head.pos_ in ("NOUN", "PROPN", "PRON"):
            return with_conjuncts(cur.head)
        elif cur.dep_ == "advcl" and cur.tag_ == "VBG" and cur.head.pos_ in ("VERB", "AUX"):
            reported = None
            if cur.head.lemma_.lower() in REPORTING and cur.lemma_.lower() not in SPEECH_PARTICIPLES:
                reported = next((c for c in cur.head.children if c.dep_ in ("ccomp", "parataxis") and c.i < cur.i), None)
                if reported is None and cur.head.dep_ in ("parataxis", "ccomp") and cur.head.head.i < cur.head.i:
                    reported = cur.head.head  # the speaker's clause hangs from the reported one
            # "Russian drones attacked Odesa, the air force said, injuring five": the participle goes with the report
            if reported is None and _speaker_participle(cur):
                reported = cur.head.head  # "said Kyrgyz soldiers had crossed the line, calling Bishkek's statement a lie"
            if reported is None and (voicer := _voicer_of_noun_clause(cur)) is not None:
                reported = voicer  # "denied reports that warheads had been moved, calling them disinformation"
            if reported is None and (orderer := _speaker_past_controlled_clause(cur)) is not None:
                reported = orderer  # "ordered Belarus to close its consulate, accusing Minsk of ...": Poland accuses
            cur = reported if reported is not None else cur.head  # "expelled a diplomat, accusing him": same subject
        else:
            return []
    return []


def _speaker_past_controlled_clause(part: "Token") -> "Token | None":
    """The verb of control whose infinitive clause a speech participle after a comma was hung on: "Poland ordered Belarus
    to close its consulate, accusing Minsk of recruiting saboteurs" (Poland accuses, not Belarus, the one ordered);
    None otherwise."""
    clause = part.head
    if part.lemma_.lower() not in SPEECH_PARTICIPLES or clause.dep_ != "xcomp" \
            or clause.head.lemma_.lower() not in OBJECT_CONTROL_VERBS or part.i == 0 or part.nbor(-1).text != ",":
        return None
    return clause.head


def _simultaneity_clause(part: "Token") -> "Token | None":
    """The main verb of a participle the parser hung on the noun of a phrase of simultaneity: "The ministry welcomed
    the decision, at the same time calling on Minsk to release ..." (the ministry calls, not "time"); None otherwise."""
    if part.tag_ != "VBG" or part.dep_ not in ("acl", "pcomp"):
        return None
    prep = part.head.head if part.dep_ == "acl" and part.head.dep_ == "pobj" else part.head
    if prep.dep_ != "prep" or prep.head.pos_ not in ("VERB", "AUX") or not any(
            c.dep_ == "pobj" and c.lemma_.lower() in SIMULTANEITY_NOUNS for c in prep.children):
        return None
    return prep.head  # (also parsed as "at [the same time] calling", the participle on the preposition)


SIMULTANEITY_NOUNS = word_set("simultaneity_nouns")


def _voicer_of_noun_clause(part: "Token") -> "Token | None":
    """The verb whose object a "that" clause explains, when a speech participle after a comma hangs on that clause:
    "denied reports that warheads had been moved to a new site, calling them disinformation" (the one who denied
    calls them so, not the warheads); None otherwise."""
    clause = part.head
    noun = clause.head
    if part.lemma_.lower() not in SPEECH_PARTICIPLES | LABELLING_PARTICIPLES or clause.dep_ != "acl" \
            or not any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children) or noun.dep_ != "dobj" \
            or noun.head.pos_ not in ("VERB", "AUX") or not (noun.head.i < clause.i < part.i):
        return None
    if not any(t.text == "," and clause.i < t.i < part.i for t in part.doc[clause.i:part.i]):
        return None
    return noun.head


def _speaker_participle(part: "Token") -> bool:
    """A speech participle after a comma at the end of a reported clause speaks for the reporter, not for the clause's
    subject: "The Tajik Border Troops said Kyrgyz soldiers had crossed the line, calling Bishkek's statement 'a lie'"
    (the troops call it a lie)."""
    clause = part.head
    return (part.lemma_.lower() in SPEECH_PARTICIPLES | LABELLING_PARTICIPLES and clause.dep_ == "ccomp" and clause.i < part.i
            and clause.head.lemma_.lower() in REPORTING and clause.head.i < clause.i
            and part.i > 0 and part.doc[part.i - 1].text == ",")


def order_to_intermediary(verb: "Token") -> "Token | None":
    """The ordering verb when a state has ordered firms to carry out its measure: "The Kyrgyz Culture Ministry ordered
    internet providers to [block] the website", "instructed banks to [freeze] the accounts" (the order, given, is the
    state's act itself; the firms only carry it out). None otherwise ("will order", "ordered troops to advance")."""
    head = verb.head
    if verb.dep_ != "xcomp" or head.lemma_.lower() not in INTERMEDIARY_ORDER_HEADS or head.tag_ not in ("VBD", "VBN"):
        return None
    told = [c for c in head.children if c.dep_ in ("dobj", "dative")]
    return head if any(t.lemma_.lower() in ORDERED_INTERMEDIARIES or t.lower_ in ORDERED_INTERMEDIARIES for t in told) else None


QUOTE_TEXTS = frozenset({'"', "“", "”", "''", "``"})


def _speaker_past_quote(verb: "Token") -> "Token | None":
    """A verb coordinated after a closing quotation mark with a verb inside the quotation goes with the verb that
    reports the quotation: "The EU said the case showed that "repression ... continues unabated" and demanded the
    release of all prisoners" (the EU demanded; "repression" is no subject of "demanded"). The top of the chain of
    reported clauses, or None."""
    head = verb.head
    marks = [t for t in verb.sent if t.text in QUOTE_TEXTS]
    opened = sum(t.i < head.i for t in marks) % 2 == 1
    if not opened or sum(t.i < verb.i for t in marks) % 2 == 1 or head.dep_ not in ("ccomp", "conj"):
        return None
    cur = head
    while cur.dep_ in ("ccomp", "conj") and cur.head.i != cur.i and cur.head.pos_ in ("VERB", "AUX"):
        cur = cur.head
    outside = sum(t.i < cur.i for t in marks) % 2 == 0
    return cur if outside and cur.i < verb.i and cur.i != head.i else None


DATELINE_DASHES = word_set("dateline_dashes")


def _stranded_subjects(verb: "Token") -> list["Token"]:
    """The subject the parser hung inside an opening phrase: "Amid rising tension over the border, Kyrgyzstan's
    President Sadyr Japarov spoke ...", "Amid Russia's war in Ukraine, Moscow and Kyiv signed ...", also after a
    dateline ("YEREVAN, January 20 (Armenpress) – Within the framework of the visit to Brussels, Minister ... met")."""
    opening = next((c for c in verb.children if c.dep_ == "prep" and (
        c.i == verb.sent.start or (c.i > verb.sent.start and verb.doc[c.i - 1].lower_ in DATELINE_DASHES))), None)
    if opening is None:
        return []
    comma = next((t.i for t in reversed(verb.doc[opening.i:verb.i]) if t.text == ","), None)
    if comma is None or comma + 1 >= verb.i:
        return []
    inside = range(comma + 1, verb.i)
    heads = [t for t in verb.doc[comma + 1:verb.i] if t.head.i not in inside and t.head.i != verb.i and t.dep_ != "prep"]
    if len(heads) > 1 and all(h.head.i == heads[0].head.i and h.dep_ in ("appos", "conj") and h.pos_ == "PROPN"
                              for h in heads):
        heads = heads[:1]  # "..., Minister of Defense of the Republic of Azerbaijan Zakir Hasanov": title and name
        # hung apart on the place before the comma
    if len(heads) != 1 or heads[0].pos_ not in ("PROPN", "NOUN") or heads[0].dep_ not in ("appos", "conj") \
            or not any(a.i == opening.i for a in heads[0].ancestors):
        return []
    return [t for t in with_conjuncts(heads[0]) if t.i > comma]


def _promise_owner(noun: "Token") -> "Token | None":
    """Who promises: a named or common-noun possessive ("Turkey's offer", "the government's pledge"; not "his
    country's"), or a by/from phrase ("an offer by Turkey")."""
    for c in noun.children:
        if c.dep_ == "poss" and (c.pos_ == "PROPN" or (c.pos_ == "NOUN" and not any(
                g.dep_ == "poss" and g.pos_ == "PRON" for g in c.children))):
            return c
    return next((p for c in noun.children if c.dep_ == "prep" and c.lower_ in ("by", "from")
                 for p in c.children if p.dep_ == "pobj"), None)


@tokens_per_token
def passive_subjects(verb: "Token") -> list["Token"]:
    out: list["Token"] = []
    for c in verb.children:
        if c.dep_ in PASS_SUBJ:
            out.extend(with_conjuncts(c))
    if out and verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN") \
            and all(t.tag_ in ("WP", "WDT") for t in out):  # "the ambassador, who was summoned": the ambassador
        return with_conjuncts(verb.head)
    if not out and verb.dep_ == "conj" and (any(c.dep_ == "auxpass" for c in verb.children) or _shares_passive(verb)):
        return passive_subjects(verb.head)
    if not out and verb.dep_ in ("acl",) and verb.tag_ == "VBN":  # "protesters detained by police"
        out = with_conjuncts(verb.head)
    if not out and verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN") and any(
            c.dep_ == "auxpass" for c in verb.children):  # "the sixth Russian diplomat to be expelled"
        out = with_conjuncts(verb.head)
    if not out and _copular_passive(verb):  # "protesters were tear-gassed by police"
        out = [s for c in verb.head.children if c.dep_ == "nsubj" for s in with_conjuncts(c)]
    return [a for t in out for a in (apposed_to_dateline(t) or [t])]


def apposed_to_dateline(t: "Token") -> list["Token"]:
    """The subject the parser hung as an apposition on a capitalised dateline city it took for the subject ("DOHA, Nov 14
    (Reuters) - Seven Ukrainian children ... were returned": the children), or []."""
    if t.i != t.sent.start or len(t.text) < 3 or not t.text.isupper():
        return []
    return [a for c in t.children if c.dep_ == "appos" and c.pos_ in ("NOUN", "PROPN") for a in with_conjuncts(c)]


def _copular_passive(verb: "Token") -> bool:
    """A participle with a "by" doer that the parser hung on "be" as its complement ("were tear-gassed by police")."""
    return verb.dep_ == "acomp" and verb.tag_ == "VBN" and verb.head.lemma_.lower() == "be" \
        and any(c.dep_ == "agent" for c in verb.children)


@per_token
def is_passive(verb: "Token") -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children) or _shares_passive(verb) or (
        verb.dep_ == "acl" and verb.tag_ == "VBN" and not misparsed_finite(verb)
        and not any(c.dep_ == "nsubj" for c in verb.children)) or _copular_passive(verb)  # ("India has asked" on a dateline)


def stranded_participle(verb: "Token") -> bool:
    """A past form the parser hung as a participle ("acl") on a noun that no verb governs: "The border
    guards killed on Saturday a young man", "A device detonated near a hall on Friday". No auxiliary,
    right after the noun's phrase, a dependent of its own (object, date, place), and no other verb above
    it: the form is the clause's finite verb (or a headline passive)."""
    head = verb.head
    if not (verb.dep_ == "acl" and verb.tag_ in ("VBN", "VBD") and head.pos_ in ("NOUN", "PROPN") and head.i < verb.i):
        return False
    wire = by_wire(verb)
    if any(c.dep_ in ("aux", "auxpass") or (c.dep_ == "agent" and not wire) for c in verb.children) \
            or not any(c.dep_ in ("dobj", "prep", "npadvmod", "advmod", "agent") for c in verb.children):
        return False
    top = head
    while top.dep_ in ("pobj", "prep", "conj", "appos") and top.head is not top and top.head.pos_ not in ("VERB", "AUX"):
        top = top.head
    if wire and top.dep_ == "nsubj" and top.head.pos_ == "NOUN" and top.head.dep_ in ("ROOT", "ccomp") \
            and top.head.i > verb.i:
        top = top.head  # "The two presidents discussed by telephone on Thursday preparations for ...": the parser made the
        # object noun the head of a verbless clause whose "subject" is the real subject
    # "Guards killed on Saturday a man, officials said": a reporting verb cannot take two subjects; the
    # first is the reported clause the parser could not build
    double_subject = top.dep_ == "nsubj" and top.head.lemma_.lower() in REPORTING and any(
        c.dep_ == "nsubj" and c.i > verb.i for c in top.head.children)
    if top.dep_ not in ("ROOT", "ccomp", "parataxis") and not double_subject and not _clause_after_and(top):
        return False  # "the militants killed in Rumaila were Tunisians": the noun is the subject of "were"
    # the verb follows the subject's noun phrase ("about 1,000 Brazilians from trade unions protested",
    # "a booby-trapped car, parked by the road, detonated"), with no sentence-level punctuation in between;
    # a verb in between must sit in a clause describing the noun
    start = top.left_edge.i if _clause_after_and(top) else -1  # (a clause after ", and": the verbs before it are not its)
    for t in verb.sent:  # no other finite verb in the clause ("footage captured seconds after ... brought
        # home the horror": "brought" is the finite verb); relative clauses and "..., police said" aside
        if t.i != verb.i and t.i > start and t.tag_ in ("VBD", "VBZ", "VBP") and t.lemma_.lower() not in REPORTING \
                and not any(x.dep_ == "relcl" for x in [t, *t.ancestors]) \
                and not ((verb.tag_ == "VBD" or double_subject) and _subordinate(t)):
            return False  # a form the tagger calls past tense keeps its "after ..." / "when ..." clauses
    doc = verb.doc
    phrase = {t.i for t in head.subtree} - {t.i for t in verb.subtree}
    described = {t.i for c in head.children if c.dep_ in ("acl", "relcl") and c.i < verb.i for t in c.subtree}
    between = doc[head.i + 1:verb.i]
    if not all(t.i in phrase and (t.pos_ not in ("VERB", "AUX") or t.i in described)
               and not (t.dep_ == "punct" and t.text != ",") for t in between):
        return False
    return not (verb.i > 0 and doc[verb.i - 1].dep_ == "punct") or bool(described)


def _subordinate(verb: "Token") -> bool:
    """A clause opened by a subordinator ("after a court upheld ...", "when police arrived")."""
    return any(c.dep_ == "mark" for c in verb.children) or any(
        a.dep_ == "advcl" and any(c.dep_ == "mark" for c in a.children) for a in verb.ancestors)


# verbs that report an act without an object ("asked for", "protested outside", "detonated near"): a
# stranded participle of these is active; one of a transitive verb with no object ("protesters detained
# in Bishkek") is a headline passive whose noun is the one acted on
INTRANSITIVE_ACTS = word_set("objectless_act_verbs")


def _clause_after_and(noun: "Token") -> bool:
    """A noun the parser coordinated with the verb before it, though it starts a clause of its own ("The two discussed
    border security, and the Russian side handed over ...": 'side' is the subject of 'handed', not a second verb)."""
    return noun.dep_ == "conj" and noun.head.pos_ in ("VERB", "AUX") and noun.head.i < noun.i and any(
        c.dep_ == "cc" and c.lower_ == "and" and c.i < noun.i for c in noun.head.children) \
        and noun.doc[noun.left_edge.i - 1].lower_ == "and"


def misparsed_finite(verb: "Token") -> bool:
    """A stranded participle with a direct object ("guards killed on Saturday a young man") or with a
    noun appositive the parser split off after a date ("guards killed on Saturday evening a man"): an
    active past verb whose subject is the noun before it."""
    if not stranded_participle(verb):
        return False
    if any(c.dep_ == "dobj" for c in verb.children):
        return True
    if _clause_after_and(verb.head) and any(c.dep_ == "prt" and any(p.dep_ == "pobj" for p in c.children)
                                            for c in verb.children):
        return True  # "..., and the Russian side handed over night-vision equipment": the particle took the object
    if verb.lemma_.lower() in INTRANSITIVE_ACTS:
        return True  # "the Kyrgyz side asked for weekend hours", "1,000 Brazilians protested outside the consulate"
    if by_wire(verb):
        return True  # "The Uzbek and Turkish presidents discussed by telephone on Thursday ..."
    head = verb.head
    return any(c.dep_ == "appos" and c.i > verb.i and c.pos_ == "NOUN" for c in head.children)


PHONE_WORDS = word_set("phone_words")


def by_wire(verb: "Token") -> bool:
    """A participle whose "by" phrase names the medium of a call, not a doer ("The Kazakh and Kyrgyz ministers
    discussed by phone on Thursday the border"): the parser read the active verb as a passive with an agent."""
    return any(c.dep_ == "agent" and any(p.dep_ == "pobj" and p.lemma_.lower() in PHONE_WORDS and not any(
        q.dep_ in ("prep", "det", "poss") for q in p.children) for p in c.children) for c in verb.children)


@tokens_per_token
def agents(verb: "Token") -> list["Token"]:
    """The doers of a passive verb ("by police"); "by the end of the year" is a deadline, not a doer. Coordinated
    participles share them: "was shot and wounded by border guards", "were beaten and detained by police"."""
    out = _by_doers(verb)
    if out:
        return out
    if _shares_passive(verb):
        return _by_doers(verb.head)
    if is_passive(verb):
        return [a for c in verb.children if _shares_passive(c) for a in _by_doers(c)] or _by_doers_after_attribution(verb)
    return []


def _by_doers_after_attribution(verb: "Token") -> list["Token"]:
    """A "by" phrase the parser hung on a parenthetical reporting verb after the passive: "were set on fire overnight,
    the regional governor said, by Russian drones" (a speaker with his own subject is never said "by" anyone)."""
    head = verb.head
    if verb.dep_ != "ccomp" or head.i < verb.i or head.lemma_.lower() not in REPORTING \
            or not any(c.dep_ == "nsubj" for c in head.children):
        return []
    return [p for c in head.children if c.dep_ == "prep" and c.lower_ == "by" and c.i > head.i
            for o in c.children if o.dep_ == "pobj" and o.lemma_.lower() not in DEADLINE_NOUNS and not _by_amount(o)
            for p in with_conjuncts(o)]


def _shares_passive(verb: "Token") -> bool:
    """A participle coordinated with a passive verb and sharing its subject and auxiliary ("shot and wounded")."""
    return verb.dep_ == "conj" and verb.tag_ == "VBN" and verb.head.tag_ == "VBN" \
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "dobj") for c in verb.children) \
        and any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.head.children)


def _by_doers(verb: "Token") -> list["Token"]:
    """The "by" phrase doers on the verb itself."""
    out: list["Token"] = []
    # the retained object of a passive may carry the "by" phrase ("was denied permission by police")
    heads = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    by_phrases = [c for h in heads for c in h.children if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by")]
    if not by_phrases:
        return out
    passive = is_passive(verb)
    for c in by_phrases:
        if (c.dep_ == "agent" and c.head.i == verb.i) or (passive and (c.head.i == verb.i or c.head.dep_ == "dobj")):
            for p in c.children:
                if p.dep_ == "pobj" and p.lemma_.lower() not in DEADLINE_NOUNS and not by_wire(verb) \
                        and not _by_amount(p):  # "by phone": a medium; "raised by 20 percent": an amount
                    out.extend(with_conjuncts(p))
    return out


DEADLINE_NOUNS = word_set("deadline_nouns")
CHANGE_AMOUNT_NOUNS = word_set("change_amount_nouns")


def _by_amount(noun: "Token") -> bool:
    """The object of "by" that measures a change, not a doer ("compensation would be raised by 20 percent", "fees would be
    cut by half", "was increased by 15,000 tenge")."""
    return noun.lemma_.lower() in CHANGE_AMOUNT_NOUNS or noun.like_num or noun.ent_type_ in ("PERCENT", "MONEY", "QUANTITY")


@tokens_per_token
def objects(tok: "Token") -> list["Token"]:
    out: list["Token"] = []
    for c in tok.children:
        if c.dep_ in OBJ or misparsed_object(c):
            out.extend(with_conjuncts(c))
    return out


def misparsed_object(tok: "Token") -> bool:
    """A named person or country the parser hung as an adverb of a headline verb ("Erdogan hosts Zelensky"), or an
    object moved behind an adjunct (`object_after_adjunct`)."""
    return (tok.dep_ == "npadvmod" and tok.ent_type_ in ("PERSON", "GPE", "NORP") and tok.head.pos_ == "VERB"
            and tok.i > tok.head.i and not any(c.dep_ in OBJ for c in tok.head.children)
            and tok.doc[tok.i - 1].dep_ != "pobj") \
        or object_after_adjunct(tok)  # (not the name split off a place: "met in the Georgian capital Tbilisi")


def object_after_adjunct(tok: "Token") -> bool:
    """A definite common noun the parser hung as an adverb of a verb with no object, after the verb's prepositional
    phrase: the object moved behind the adjunct ("prolonged until May 1 the arrest of Tajik lawyer X"); not a time
    ("fought on Monday the whole day")."""
    head = tok.head
    return tok.dep_ == "npadvmod" and tok.pos_ == "NOUN" and not tok.ent_type_ and head.pos_ == "VERB" \
        and tok.i > head.i and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) \
        and not any(c.dep_ in OBJ for c in head.children) \
        and any(c.dep_ == "prep" and head.i < c.i and c.right_edge.i == tok.left_edge.i - 1 for c in head.children)


def prep_objects(tok: "Token", preps: Iterable[str]) -> list["Token"]:
    """Objects of the token's prepositions named in `preps` (in text order)."""
    wanted = set(preps)
    out: list["Token"] = []
    for c in tok.children:
        if c.dep_ in ("prep", "agent", "dative") and c.lower_ in wanted:
            for p in c.children:
                if p.dep_ == "pobj":
                    out.extend(with_conjuncts(p))
                elif p.dep_ == "prep":  # "from inside Syria"
                    out.extend(q for q in p.children if q.dep_ == "pobj")
    return out


@tokens_per_token
def phrase_tokens(tok: "Token") -> list["Token"]:
    """The tokens of a noun phrase, without clauses hanging from it or its conjuncts."""
    out = [tok]
    stack = [c for c in tok.children if c.dep_ not in PHRASE_STOP and c.dep_ != "conj"]
    # "of"-phrases belong to the phrase ("the president of Russia"); other preps do not
    stack += [c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("of", "from", "by")]
    while stack:
        cur = stack.pop()
        out.append(cur)
        stack.extend(c for c in cur.children if c.dep_ not in PHRASE_STOP and c.dep_ != "conj"
                     or (c.dep_ == "prep" and c.lower_ in ("of", "from", "by")))
    return sorted(out, key=lambda t: t.i)


def _under_script(verb: "Token") -> bool:
    """The verb framed by an exercise's script: "Under the scenario, intruders damaged a pipeline", "according to the
    script"."""
    preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("under", "according")]
    preps += [g for c in preps if c.lower_ == "according" for g in c.children if g.dep_ == "prep" and g.lower_ == "to"]
    return any(p.dep_ == "pobj" and p.lemma_.lower() in SCRIPT_NOUNS and not _plan_called_scenario(p)
               for c in preps for p in c.children)


def _plan_called_scenario(noun: "Token") -> bool:
    """A plan or a deal called a scenario ("under a scenario agreed with Moscow", "under the scenario the sides
    approved"), no exercise's script: an indefinite one, or one told by what was done to it."""
    return any(c.dep_ == "det" and c.lower_ in ("a", "an") or c.dep_ in ("acl", "relcl") for c in noun.children)


def ancestors_chain(tok: "Token", limit: int = 4) -> list["Token"]:
    """Heads above a predicate through complement/adverbial/coordination links."""
    chain = []
    cur = tok
    for _ in range(limit):
        if cur.dep_ not in ("xcomp", "ccomp", "conj", "advcl", "pcomp", "pobj", "acl", "relcl", "dobj", "nsubj",
                            "nsubjpass", "prep", "attr", "oprd", "appos", "compound", "amod") or cur.head.i == cur.i:
            break
        cur = cur.head
        chain.append(cur)
    return chain


def _has_to(verb: "Token") -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def to_infinitive(verb: "Token") -> bool:
    """A bare verb with its own "to" ("to meet", "in order to help")."""
    return verb.tag_ == "VB" and _has_to(verb)


def ranked(noun: "Token") -> bool:
    """A noun ranked among others ("the first leader", "the most senior official", "the fourth time"): an
    infinitive or clause on it reports an act that happened."""
    return any(c.lower_ in RANKING_WORDS or c.tag_ in ("JJS", "RBS") or c.ent_type_ == "ORDINAL"
               or any(g.tag_ == "RBS" for g in c.children) for c in noun.children)


def is_finite(verb: "Token") -> bool:
    """A verb with its own tense and no auxiliary ("accused", "says"): it does not share the
    auxiliaries of a verb it is coordinated with."""
    if any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    if verb.tag_ in ("VBD", "VBZ", "VBP"):
        return True
    # a past form with an object coordinated with a bare verb ("would keep ... and accused the West"): the
    # tagger's VBN cannot follow the modal without "have", so the verb is a simple past
    return verb.tag_ == "VBN" and verb.dep_ == "conj" and verb.head.tag_ == "VB" and any(c.dep_ == "dobj" for c in verb.children)


def _negating(head: "Token") -> bool:
    """A head that denies its complement ("failed to", "refused to"); "rule" only as "ruled out"."""
    lemma = head.lemma_.lower()
    if lemma == "rule":
        return any(c.dep_ == "prt" and c.lower_ == "out" for c in head.children)
    return lemma in NEGATING_HEADS


def head_lemma(tok: "Token") -> str:
    """The lemma, mended where the model's lemmatiser is known to slip ("hopes" -> "hop")."""
    lemma = tok.lemma_.lower()
    if lemma == "hop" and tok.lower_.startswith("hope"):
        return "hope"
    return lemma


def _wishing_head(verb: "Token") -> "Token | None":
    """The hope/wish verb or noun whose content clause holds `verb` ("hopes (that) X will ..."), if any."""
    cur = verb
    for head in ancestors_chain(verb, limit=5):
        if cur.dep_ in ("ccomp", "acl") and head_lemma(head) in WISHING_HEADS:
            return head
        cur = head
    return None


def _past_form(verb: "Token") -> bool:
    """A verb told in the simple past, active or passive ("detained", "were detained")."""
    return verb.tag_ == "VBD" or (verb.tag_ == "VBN" and any(
        c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in verb.children) and not any(
        c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children))


def attributive_participle(tok: "Token") -> bool:
    """A present participle right after a reporting verb that the parser made a verb of its own, though it describes the
    addressees after it ("Pashinyan told protesting farmers that ...", "addressed striking miners"): "protesting" is an
    adjective of "farmers", no act of the speaker."""
    head = tok.head
    return tok.tag_ == "VBG" and tok.dep_ in ("xcomp", "advcl", "amod") and head.i == tok.i - 1 \
        and head.lemma_.lower() in REPORTING | {"address", "meet", "visit"} \
        and any(c.dep_ == "dobj" and c.left_edge.i == tok.i + 1 and c.tag_ == "NNS" for c in tok.children)


def _misparsed_report(clause: "Token") -> bool:
    """A that-clause of a reporting verb the parser hung under an attributive participle ("told protesting farmers that
    the government would scrap the fee"): what was told."""
    return clause.dep_ == "ccomp" and attributive_participle(clause.head)


def _future_time(verb: "Token") -> str:
    """A time ahead named in the clause ("next month", "in the coming days", "tomorrow"), if any."""
    near = list(verb.children) + [g for c in verb.children if c.dep_ == "dobj" for g in c.children]
    for c in near:
        if c.dep_ in ("npadvmod", "advmod") and c.lower_ in ("tomorrow", "soon"):
            return c.text
        ahead = next((g.text for g in c.children if g.lower_ in ("next", "coming")), "") if c.dep_ == "npadvmod" else ""
        if ahead:
            return f"{ahead} {c.text}"
        if c.dep_ == "prep" and c.lower_ in ("in", "on", "by"):
            for p in c.children:
                ahead = next((g.text for g in p.children if g.lower_ in ("next", "coming")), "")
                if ahead:
                    return f"{c.text} {ahead} {p.text}"
    return ""


NAMING_PARTICIPLES = word_set("characterising_verbs")


def _denier_naming(cur: "Token", head: "Token") -> bool:
    """A naming participle after a comma that the parser hung on a denied clause, while it goes with the denial: "denied
    that its troops had opened fire on Armenian positions, calling the Armenian statement disinformation" (the denier
    calls the statement so; nothing is alleged)."""
    return (cur.dep_ == "advcl" and cur.tag_ == "VBG" and cur.lemma_.lower() in NAMING_PARTICIPLES and cur.i > 0
            and cur.doc[cur.i - 1].text == "," and ((head.dep_ == "ccomp" and head.head.lemma_.lower() in ALLEGING_HEADS)
                                                    or claim_rejected(head)))


def claim_rejected(clause: "Token") -> bool:
    """The "that" clause of a claim that a verb's subject rejects: "rejected Manila's claim that a Chinese vessel had
    rammed a Philippine boat, calling it 'a complete distortion of facts'" (the rejecter calls the claim so)."""
    claim = clause.head
    return clause.dep_ in ("acl", "ccomp") and claim.pos_ == "NOUN" and claim.lemma_.lower() in ALLEGATION_NOUNS \
        and claim.dep_ == "dobj"


def _trailing_denial(head: "Token", clause_verb: "Token") -> bool:
    """", a charge Iran rejects": a denial after the clause denies what the clause reports about someone
    else (the parser hangs the whole sentence under it), not the reported act itself."""
    end = max(t.i for t in clause_verb.subtree)
    return head.i > end and any(t.lemma_.lower() in ALLEGATION_NOUNS for t in head.subtree if t.i > end)


def _asked_sentence(verb: "Token") -> bool:
    """Whether the verb's sentence ends with a question mark."""
    return nlp.span_text(verb.sent).rstrip(" \"'”").endswith("?")


QUESTION_OPENERS = {":", "\"", "“", "‘", "'", "-", "—", "–"}  # what may stand before a question's first word


def _closed_by_question_mark(verb: "Token") -> bool:
    """Whether a question mark closes the verb's clause, though the parser may run the sentence on past it (a "Q:" line
    and the answer after it parsed as one sentence)."""
    end = max(t.i for t in verb.subtree)
    return _asked_sentence(verb) or any(c.dep_ == "punct" and c.text == "?" and c.i > verb.i for c in verb.children) \
        or (end + 1 < len(verb.doc) and verb.doc[end + 1].text == "?")


def _asked_clause(verb: "Token", wh: "Token") -> bool:
    """Whether a wh-word opens the verb's clause as a question: at the start of a sentence, a line or a quotation, or
    after a "Q:" label, and a question mark closes the clause (not "the minister, who signed", a relative clause)."""
    before = wh.doc[wh.i - 1] if wh.i > 0 else None
    if not (before is None or wh.is_sent_start or before.is_space or before.text in QUESTION_OPENERS):
        return False
    return _closed_by_question_mark(verb)


def _inverted(verb: "Token") -> bool:
    """An auxiliary before the subject, or an inverted "be" ("Is it true that ...")."""
    subjects_at = [c.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
    if not subjects_at:
        return False
    if verb.lemma_ == "be" and verb.dep_ == "ROOT" and any(i > verb.i for i in subjects_at):
        return True
    return any(c.dep_ in ("aux", "auxpass") and c.i < subjects_at[0] for c in verb.children)


def _yes_no_question(verb: "Token") -> bool:
    """A clause asked, not told: an auxiliary before the subject in a sentence ending with "?" ("why did
    Israel bomb the hospital?" takes the act as given, so wh-questions do not count); also a clause a yes/no question
    asks about ("Is it true that smartphones will be banned?")."""
    if verb.sent[0].tag_ in ("WRB", "WP", "WDT"):
        return False
    head = verb.head
    if _inverted(verb):
        return _closed_by_question_mark(verb)
    return verb.dep_ == "ccomp" and head.lemma_ == "be" and head.i < verb.i and _inverted(head) \
        and _closed_by_question_mark(head)


WH_ARGUMENT_DEPS = {"nsubj", "nsubjpass", "dobj"}


def _wh_question(verb: "Token") -> str:
    """A question whose wh-word stands for the act's own party or content ("What was agreed?", "What did the minister
    discuss with his counterpart?", "Who signed?", "Which documents were signed?"), or asks how or when an act still to come will be done ("How will
    Moscow react?"): the act is asked about, not told. "Why did Israel bomb the hospital?" takes a done act as given.
    Returns the wh-word, or ""."""
    wh = next((c for c in verb.children if c.tag_ in ("WP", "WRB") and c.i < verb.i), None)
    if wh is None:  # "Which documents were signed?": the wh-word asks which party or content
        wh = next((d for c in verb.children if c.dep_ in WH_ARGUMENT_DEPS and c.i < verb.i
                   for d in c.children if d.dep_ == "det" and d.tag_ in ("WDT", "WP")), None)
    if wh is None or not _asked_clause(verb, wh):
        return ""
    if wh.tag_ in ("WP", "WDT") and (wh.dep_ in WH_ARGUMENT_DEPS or wh.head.dep_ in WH_ARGUMENT_DEPS):
        return wh.text
    ahead = any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX | HYPOTHETICAL_AUX for c in verb.children)
    return wh.text if wh.tag_ == "WRB" and wh.lower_ in ("how", "when") and ahead else ""


def _negated_alternative(verb: "Token") -> str:
    """A verb joined by "or"/"nor" to a negated verb whose subject and auxiliaries it shares ("has not closed or
    restricted its border", "did not detain or question anyone"): the negation covers both. Returns the negation, or
    "" (not "did not only close but also restricted", nor "did not close, and restricted": other conjunctions)."""
    head = verb.head
    if verb.dep_ != "conj" or head.pos_ not in ("VERB", "AUX") or any(
            c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "neg") for c in verb.children):
        return ""
    if not any(c.dep_ == "cc" and c.lower_ in ("or", "nor") and head.i < c.i < verb.i for c in head.children):
        return ""
    return next((c.text for c in head.children if c.dep_ == "neg"), "")


NOBODY = {"nobody", "none", "noone", "no-one", "nothing"}
FREE_RELATIVES = {"whoever", "whomever", "whatever", "whichever"}  # a doer no one in particular: "whoever seizes the cities"


FRAME_MARKS = {"while", "until", "till", "when", "once", "whilst"}  # a time set for an act still to be done
MOMENT_NOUNS = word_set("moment_nouns")
PROSPECTIVE_AUX = FUTURE_AUX | {"would", "could", "can"}


def _awaited_moment(verb: "Token") -> str:
    """A clause naming the moment a coming act waits for ("gas deliveries would resume 'the moment payment is
    guaranteed'", "supplies would restart as soon as payment was guaranteed"): a condition, not a done act. Returns
    the cue, or ""."""
    if verb.dep_ == "relcl" and verb.head.lemma_.lower() in MOMENT_NOUNS and any(
            c.dep_ == "det" and c.lower_ == "the" for c in verb.head.children):
        holder, cue = verb.head.head, f"the {verb.head.text}"
    elif verb.dep_ == "advcl" and verb.head.lower_ == "soon" and any(
            c.dep_ == "mark" and c.lower_ == "as" for c in verb.children):
        holder, cue = verb.head.head, "as soon as"
    else:
        return ""
    return cue if any(c.dep_ == "aux" and c.lower_ in PROSPECTIVE_AUX for c in holder.children) else ""


def _present_passive(verb: "Token") -> bool:
    """A passive in the present simple ("is prohibited", "are forbidden")."""
    return verb.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.tag_ in ("VBZ", "VBP") for c in verb.children) \
        and not any(c.dep_ == "aux" for c in verb.children)


def _generic_gerund(trigger: "Token") -> bool:
    """A gerund that is the subject of a present-tense "be" or of a present passive ("Killing a person who is hors de
    combat is a war crime", "attacking hospitals is forbidden", "Torturing prisoners of war is prohibited"): a kind of
    act judged, not an act done."""
    if trigger.tag_ != "VBG":
        return False
    if trigger.dep_ in ("csubj", "nsubj") and trigger.head.lemma_ == "be" and trigger.head.tag_ in ("VBZ", "VBP"):
        return True
    return trigger.dep_ in ("csubjpass", "nsubjpass") and _present_passive(trigger.head)


def _rule_on_a_kind_of_act(verb: "Token") -> str:
    """A present passive whose subject is a gerund ("Torturing prisoners of war is prohibited"): a standing rule on a
    kind of act, no act of banning. Returns the gerund, or ""."""
    if not _present_passive(verb):
        return ""
    return next((c.text for c in verb.children if c.dep_ in ("csubjpass", "nsubjpass") and c.tag_ == "VBG"), "")


def _denied_by_rule(verb: "Token") -> bool:
    """A verb a rule forbids or a right denies, with a modal and "not" ("prisoners of war cannot be prosecuted",
    "captured soldiers may not be punished"): what it is done "for" is a kind of act, not one that happened."""
    return any(c.dep_ == "aux" and c.lower_ in HYPOTHETICAL_AUX for c in verb.children) \
        and any(c.dep_ == "neg" for c in verb.children)


def _headline_infinitive(verb: "Token") -> bool:
    """A bare "to"-infinitive heading its sentence with a subject: "Xi to attend SCO summit" (also its
    coordinated verbs: "... to meet and sign")."""
    head = verb.head if verb.dep_ == "conj" and not is_finite(verb) else verb
    return head.dep_ == "ROOT" and head.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children) \
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children) and not _past_verb_misparsed_before(head)


def _past_verb_misparsed_before(verb: "Token") -> bool:
    """A past verb the parser hung as a modifier of a noun set beside the subject ("Police used water cannon to clear the
    protesters", "used" taken for an adjective of "cannon"): the sentence's own finite verb, the infinitive its purpose."""
    return any(t.tag_ in ("VBD", "VBN") and t.dep_ == "amod" and t.head.dep_ == "appos" and t.head.head.dep_ == "nsubj"
               for t in verb.doc[verb.sent.start:verb.i])


WH_WORDS = {"who", "whom", "what", "which", "where", "when", "how", "why"}


def _denied_reluctance(head: "Token", dep: str) -> "Token | None":
    """The denied reluctance ("will not hesitate to", "would not shy away from") above a clause linked to `head` by
    `dep`, or None."""
    if dep == "prep" and head.dep_ == "advmod" and head.lower_ == "away":
        head = head.head  # "shy away from expelling"
    elif dep not in ("xcomp", "prep"):
        return None
    if head.lemma_.lower() in RELUCTANCE_HEADS and any(c.dep_ == "neg" for c in head.children):
        return head
    return None


def _denied_intent(head: "Token") -> str:
    """The negation of a head of will or plan that governs an infinitive ("I did not want to attack anyone", "we
    never intended to attack Russia"): the governed act is denied, not planned. Returns the negation word, or ""."""
    if head_lemma(head) not in FUTURE_HEADS:
        return ""
    return next((c.text for c in head.children if c.dep_ == "neg"), "")


def _wh_clause(verb: "Token") -> bool:
    """"(it was not clear) who carried out the attack": what is not known is who, not whether."""
    return verb.tag_ in ("VBD", "VBN") and not any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children) and any(
        c.dep_ in ("nsubj", "nsubjpass", "dobj", "advmod") and c.lower_ in WH_WORDS for c in verb.children)


def _nobody_subject(verb: "Token") -> str:
    """The subject of `verb` when it is nobody ("no one was arrested", "nobody has to shoot", "no soldiers were killed",
    "neither side has signed"). Returns its text, or ""."""
    for s in verb.children:
        if s.dep_ in ("nsubj", "nsubjpass") and (s.lower_ in NOBODY or s.lower_ == "neither" or any(
                c.dep_ in ("det", "preconj") and c.lower_ in ("no", "neither") for c in s.children)):
            return s.text
    return ""


def _free_relative(clause: "Token") -> bool:
    """A clause opened by "what" that names a thing ("rejected what it called 'one-sided' statements"): the object of the
    verb above it, not its content."""
    return any(c.lower_ == "what" and c.dep_ in ("dobj", "nsubj", "nsubjpass", "attr") for c in clause.children)


def _no_longer(verb: "Token") -> str:
    """"No longer" on the clause ("Baku and Yerevan no longer agree on the terms", "members no longer agree on who the
    enemy is"): what has stopped being so, no act. Returns the words, or ""."""
    for c in verb.children:
        if c.dep_ == "advmod" and c.lower_ == "longer" and any(g.lower_ == "no" for g in c.children):
            return "no longer"
    return ""


def _mandative_be(verb: "Token") -> str:
    """A bare "be" with no modal or "to" before a participle, the mandative subjunctive of a demand or a wish
    ("demanding that their wages be doubled and that managers be dismissed", "insisted that the troops be withdrawn"):
    what someone wants done, not done. Returns the cue, or ""."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ != "VBN" or not auxes or not all(c.lower_ == "be" and c.tag_ == "VB" for c in auxes):
        return ""
    if verb.dep_ == "xcomp" or (verb.i > 0 and verb.doc[verb.i - 1].lower_ == "to"):
        return ""  # (an infinitive the parser left without its "to")
    return "subjunctive ('be " + verb.text + "')"


def _mandated_clause(verb: "Token") -> str:
    """A that-clause in the bare form under a verb of advice or demand, or a clause joined to one ("recommend that
    governments invest in laboratories and share data more quickly", "proposed that the sides exchange lists"): what
    should be done, not done (not "recommended that ... had shared", "urged ... after they shared"). Returns the cue, or ""."""
    clause = verb
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ != "ccomp" or head_lemma(clause.head) not in MANDATING_HEADS:
        return ""
    if any(c.dep_ in ("aux", "auxpass") and c.lower_ not in ("should", "be") for c in clause.children):
        return ""
    bare = verb.tag_ == "VB" or (verb.tag_ == "VBP" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children))
    return f"mandated ('{clause.head.text} that')" if bare and clause.tag_ in ("VB", "VBP") else ""


def _no_reason_to(verb: "Token") -> str:
    """A to-clause after a noun denied with "no" ("saw no grounds to relax the controls", "there is no reason to reopen
    the crossing"), which the parser may hang on the verb before the noun: nothing done. Returns the cue, or ""."""
    if verb.dep_ not in ("acl", "advcl", "xcomp") or not to_infinitive(verb):
        return ""
    nouns = [verb.head] if verb.dep_ == "acl" else [o for o in verb.head.children
                                                   if o.dep_ in ("dobj", "attr") and o.i < verb.i]
    noun = next((n for n in nouns if any(d.dep_ == "det" and d.lower_ == "no" for d in n.children)), None)
    return f"no {noun.text}" if noun is not None else ""


def _compared_option(verb: "Token") -> str:
    """A bare or to-infinitive marked by "than", an option weighed against another ("found it easier to change jobs
    than to strike", "would rather resign than apologise"): no act. Returns the cue, or ""."""
    if verb.tag_ != "VB" or not any(c.dep_ == "mark" and c.lower_ == "than" for c in verb.children):
        return ""
    return "than"


def _means_for(head: "Token", dep: str, cur: "Token") -> bool:
    """A to-clause saying what a means is for: under a need with its object or in the passive ("would need missile
    batteries to intercept a drone", "the checks were needed to stop the smuggling"), or under a passive of design or
    intent ("the rules are intended to stop the smuggling", "measures designed to deter")."""
    if dep not in ("xcomp", "advcl") or not to_infinitive(cur):
        return False
    lemma = head.lemma_.lower()
    if lemma in NEED_HEADS:
        return is_passive(head) or any(c.dep_ == "dobj" for c in head.children)
    return lemma in PURPOSE_HEADS and is_passive(head)


def _split_whether(verb: "Token") -> str:
    """A "whether" the parser hung on a clause split off in front of `verb` under the same head ("could decide whether
    the peace treaty initialled last August is ever signed": "whether" on "initialled", "signed" a clause of its own):
    the question covers `verb` too. Returns "whether", or ""."""
    if verb.dep_ not in ("ccomp", "advcl") or verb.head.i == verb.i:
        return ""
    for sib in verb.head.children:
        if sib.i < verb.i and sib.dep_ == verb.dep_ and any(
                c.dep_ == "mark" and c.lower_ == "whether" for c in sib.children):
            return "whether"
    return ""


def _bare_plural_kind(verb: "Token") -> str:
    """A participle on a bare plural that is the subject of a present tense ("Migrants caught working illegally in
    Russia face deportation"): what happens to any such people, no act done. Returns the noun, or ""."""
    noun = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or noun.tag_ != "NNS" or noun.dep_ != "nsubj" \
            or noun.head.tag_ not in ("VBP", "VBZ") or any(c.dep_ in ("aux", "auxpass") for c in noun.head.children):
        return ""
    if any(c.dep_ in ("det", "poss", "nummod", "amod") or c.ent_type_ for c in noun.children if c.i < noun.i):
        return ""
    return noun.text


HANDED_PENALTY_VERBS = word_set("handed_penalty_verbs")


def _penalty_for(prep: "Token") -> str:
    """The penalty a "for" phrase names the offence of: on the penalty noun, or on the verb that sets it ("toughen
    penalties for organising unauthorised rallies", "would raise penalties for staging protests"). Returns the noun, or "".
    A penalty handed to someone, or one for an act with a day of its own, punishes an act that happened ("were given
    15-day jail terms on Tuesday for staging a rally ... on Sunday"): no generic penalty."""
    head = prep.head
    if head.lemma_.lower() in PENALTY_NOUNS:
        penalty, giver = head, head.head if head.dep_ in ("dobj", "nsubjpass", "nsubj") else None
    elif head.pos_ in ("VERB", "AUX"):
        penalty, giver = next((o for o in head.children if o.dep_ == "dobj" and o.lemma_.lower() in PENALTY_NOUNS), None), head
    else:
        return ""
    if penalty is None or (giver is not None and giver.lemma_.lower() in HANDED_PENALTY_VERBS):
        return ""  # (not "were given 15-day jail terms for staging a rally")
    if any(t.ent_type_ == "DATE" and t.lower_ not in ("day", "days", "year", "years") for c in prep.children
           if c.dep_ == "pcomp" for t in c.subtree):
        return ""  # (not "fined for staging a rally on Sunday")
    return penalty.text


def _let_alone(trigger: "Token") -> str:
    """"let alone" in front of the trigger or heading it ("ability to detect, let alone shoot down, drones", "cannot even
    meet, let alone sign a treaty"), or "much less" / "still less" right before a verb ("have not even agreed on a venue,
    much less signed a treaty"): a stronger thing still out of reach. Returns the phrase, or ""."""
    if trigger.lemma_.lower() == "let" and any(c.lower_ == "alone" for c in trigger.children):
        return "let alone"
    doc = trigger.doc
    before = [t.lower_ for t in doc[max(trigger.sent.start, trigger.i - 3):trigger.i]]
    if "let" in before and "alone" in before:
        return "let alone"
    if trigger.pos_ in ("VERB", "AUX") and before[-2:] in (["much", "less"], ["still", "less"]):
        return " ".join(before[-2:])  # (not "exported much less gas": the phrase stands right before the verb)
    return ""


def _condition_mark(mark: "Token") -> bool:
    """"if", "unless", "once" ... marking a condition; "once" on a past verb tells what happened ("once the talks
    ended on Thursday"; but "until aid was delivered" had not happened)."""
    if mark.dep_ != "mark":
        return False
    if mark.lower_ not in CONDITION_MARKS:
        return _condition_of_a_prospect(mark)
    verb = mark.head
    backshifted = any(c.dep_ == "aux" and c.lower_ in ("would", "will") for c in verb.head.children)  # "would withdraw once X was signed"
    return backshifted or _condition_of_a_prospect(mark) or not (mark.lower_ == "once" and (verb.tag_ == "VBD" or any(
        c.dep_ in ("aux", "auxpass") and c.lower_ in ("had", "was", "were") for c in verb.children)))


def _committed_to_nothing(verb: "Token") -> str:
    """A verb whose object is nothing at all ("committing to none", "promised nothing", "signed nothing"): no act.
    Returns the word, or ""."""
    for o in objects(verb) + [p for c in verb.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]:
        if o.lower_ in ("none", "nothing") and not any(c.dep_ == "prep" for c in o.children):
            return o.text  # (not "none of the 12 detainees")
    return ""


def _modal_of_the_outcome(trigger: "Token") -> str:
    """A participle that tells the outcome of a clause that is only possible ("the canal could take a fifth of the
    river's flow, hitting farmers hardest", "a cut might follow, hurting exporters"): the outcome shares the modal.
    Returns the modal, or ""."""
    if trigger.tag_ != "VBG" or trigger.dep_ != "advcl" or any(c.dep_ in ("mark", "nsubj", "aux") for c in trigger.children):
        return ""
    return next((c.text for c in trigger.head.children if c.dep_ == "aux" and c.lower_ in ("could", "may", "might", "can")), "")


PROSPECT_WORDS = word_set("prospect_words")
PROSPECT_MARKS = {"once", "after", "when", "until", "till", "as"}


def _unreal_clause(head: "Token") -> str:
    """What makes a clause a prospect, not a fact: a modal ("talks could begin", "a truce would be signed"), or a
    predicate of possibility ("a truce was possible", "a ceasefire was out of the question"). Returns the word, or ""."""
    for c in head.children:
        if c.dep_ in ("aux", "auxpass") and c.lower_ in HYPOTHETICAL_AUX | FUTURE_AUX:
            return c.text
        if c.dep_ in ("acomp", "oprd") and c.lemma_.lower() in PROSPECT_WORDS:
            return c.text
        if c.dep_ == "prep" and c.lower_ == "out" and any(
                g.lower_ == "of" and any(q.lower_ == "question" for q in g.children) for g in c.children):
            return "out of the question"
    return ""


def _condition_of_a_prospect(mark: "Token") -> bool:
    """A time clause ("only after", "once", "as long as", "until") on a clause that is only a prospect: the condition
    of what could be, not a deed ("a truce was possible only after Ukraine withdrew its troops", "talks could begin once
    Kyiv pulled its forces out", "a ceasefire was out of the question as long as troops remained"); "the talks began
    after the troops withdrew" tells a deed."""
    if mark.lower_ not in PROSPECT_MARKS:
        return False
    verb = mark.head
    head = verb.head
    if mark.lower_ == "as":  # "as long as": the clause hangs on "long", which hangs on the prospect
        if not (head.lower_ == "long" and any(c.lower_ == "as" and c.i < head.i for c in head.children)):
            return False
        head = head.head
    elif mark.lower_ == "after" and not (mark.i > 0 and mark.doc[mark.i - 1].lower_ == "only"):
        return False  # (a bare "after" tells an order of deeds, also under a modal: "would meet after talks ended")
    return verb.dep_ == "advcl" and head.i != verb.i and bool(_unreal_clause(head))


ABILITY_WORDS = word_set("ability_words")


def _call_heeded(noun: "Token") -> bool:
    """A call or an appeal that its object's verb heeds ("bus drivers answered the union's call to strike", "heeded
    calls to rally"), or a motion a court grants ("granted the prosecution's motion to hold him in pre-trial
    detention"): what it called for is done, as the heeding verb's own mood says (not "issued a call to strike",
    "filed a motion to hold him")."""
    if noun.lemma_.lower() in GRANTED_MOTION_NOUNS and noun.dep_ in ("dobj", "nsubjpass"):
        return noun.head.lemma_.lower() in GRANTING_VERBS
    if noun.lower_ not in HEEDED_CALL_NOUNS:
        return False
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    return noun.dep_ in ("dobj", "pobj") and verb.lemma_.lower() in HEEDED_BY_VERBS


def _told_past_deed(clause: "Token") -> bool:
    """A past-tense relative clause whose "who" is a definite group of doers ("urged the Taliban to punish the gunmen
    who fired across the Amu Darya at a border post"), or a definite thing done to in the past passive ("We need to go
    to the places that were bombed"): the deed is told as done; what is urged or planned about the doers is not its
    mood (not "anyone who attacked ...": no one in particular)."""
    return _past_form(clause) and any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("WP", "WDT") for c in clause.children) \
        and any(d.dep_ == "det" and d.lower_ in ("the", "these", "those") for d in clause.head.children)


def _across_semicolon(clause: "Token", head: "Token") -> bool:
    """A "complement" clause set off from its head by a semicolon the head holds ("X called the incident interference;
    loadings were halted"): a clause of its own the parser hung under the next one."""
    low, high = sorted((clause.i, head.i))
    return any(c.text == ";" and low < c.i < high for c in head.children)


def _own_words_on_what(verb: "Token") -> bool:
    """A past naming clause on "what" with a subject of its own ("what he called 'a staged provocation'"): the speaker's
    words, said whatever the clause above plans or intends."""
    return verb.tag_ == "VBD" and any(c.dep_ == "nsubj" for c in verb.children) and any(
        c.dep_ == "dobj" and c.lower_ == "what" for c in verb.children)


def _shared_passive(head: "Token", verb: "Token") -> bool:
    """A participle with no object joined to a passive "had been ..." clause, which shares its "had been" though the
    tagger read it as a simple past ("alleged that he had been picked up from his home and killed in a fake
    encounter")."""
    return any(c.dep_ == "auxpass" for c in head.children) and not any(
        c.dep_ in ("dobj", "ccomp") or (c.dep_ in ("xcomp", "oprd") and c.pos_ != "ADJ") for c in verb.children)


def _reporting_above(verb: "Token") -> "Token | None":
    """The nearest verb of saying above a clause, within a few steps ("added that X would not allow ... and that Y would
    be held to account": added), or None."""
    for up in list(verb.ancestors)[:4]:
        if up.lemma_ in REPORTING:
            return up
    return None


def modality(trigger: "Token") -> Modality:
    """Negation, hypotheticals, conditions, futures and allegations around a trigger."""
    verb = clause_verb(trigger)
    # a condition comes first: "if the government does not withdraw" is no refusal
    condition = next((c for c in verb.children if _condition_mark(c)), None)
    if condition is not None:
        return Modality("hypothetical", condition.text)
    if verb.dep_ == "acl" and to_infinitive(verb) and any(d.dep_ == "det" and d.lower_ in ("any", "every")
                                                          for d in verb.head.children):
        return Modality("hypothetical", "any")  # "any attempt to block roads again would be met with ...": no act yet
    if (awaited := _awaited_moment(verb)):  # "would resume 'the moment payment is guaranteed'"
        return Modality("hypothetical", awaited)
    if _yes_no_question(verb):  # "Will Putin and Zelenskiy finally meet?"
        return Modality("hypothetical", "question")
    if (wh := _wh_question(verb)):  # "What was agreed?", "How will Moscow react?"
        return Modality("hypothetical", f"question ('{wh}')")
    if trigger.pos_ == "NOUN" and trigger.dep_ in ("nsubj", "nsubjpass"):
        planned = next((c for c in verb.children if c.dep_ in ("acomp", "xcomp", "oprd")
                        and c.lemma_.lower() in SCHEDULED_WORDS and any(g.dep_ == "xcomp" for g in c.children)), None)
        if planned is not None:  # "the ceasefire was due to take effect", "talks are expected to resume"
            return Modality("future", planned.text)
        if verb.lemma_ == "be" and (prospect := _unreal_clause(verb)) and prospect.lower() not in FUTURE_AUX | HYPOTHETICAL_AUX:
            return Modality("hypothetical", prospect)  # "A meeting between Aliyev and Putin is possible", "a truce
            # was out of the question": a prospect, no meeting or truce
    # "must agree to the changes before they demobilize": a present tense under "before" is not done yet
    ahead = next((c for c in verb.children if c.dep_ == "mark" and c.lower_ in ("before", "till")), None)
    if ahead is not None and verb.dep_ == "advcl" and (verb.tag_ in ("VBP", "VBZ", "VB") and not any(
            c.dep_ in ("aux", "auxpass") for c in verb.children) or _present_passive(verb)):
        return Modality("hypothetical", ahead.text)  # (also "before a peace treaty is signed")
    if trigger.tag_ == "VBG" and trigger.dep_ in ("nsubj", "nsubjpass", "csubj", "csubjpass") and any(
            c.dep_ == "neg" for c in trigger.head.children):  # "financing worth 4.8 billion dollars has not been secured":
        return Modality("negated", f"{trigger.head.text} not")  # what the gerund's verb denies (no refusal of it)
    # negation on the trigger or its clause
    for tok in {trigger, verb}:
        for c in tok.children:
            if c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ in ("no", "neither")) or (
                    tok is trigger and tok.pos_ == "NOUN" and c.dep_ in ("amod", "det") and c.lower_ == "little"):
                return Modality("negated", c.text)  # ("drew little criticism")
    if (alternative := _negated_alternative(verb)):  # "has not closed or restricted its border"
        return Modality("negated", alternative)
    if trigger.pos_ in ("VERB", "AUX") and any(o.dep_ == "dobj" and any(d.dep_ == "det" and d.lower_ == "no" for d in o.children)
                                              for o in trigger.children):
        return Modality("negated", "no")  # "raised no objection", "voiced no concern", "made no arrests"
    if (reason := _no_reason_to(verb)):  # "saw no grounds to relax the controls"
        return Modality("negated", reason)
    if trigger.pos_ == "VERB" and (nobody := next((o.text for o in trigger.children if o.dep_ == "dobj"
                                                  and o.lower_ in NOBODY - {"none"}), "")):
        return Modality("negated", nobody)  # "the amendments target nobody", "we have attacked nothing"
    if trigger.pos_ == "VERB" and (nothing := _committed_to_nothing(trigger)):
        return Modality("negated", nothing)  # "signing documents with each and committing to none"
    if (could := _modal_of_the_outcome(trigger)):
        return Modality("hypothetical", could)  # "the canal could take a fifth of the flow, hitting farmers"
    if (ceased := _no_longer(verb)):  # "members no longer agree on who the enemy is"
        return Modality("negated", ceased)
    if (mandated := _mandative_be(verb)):  # "demanding that managers be dismissed": what is demanded, not done
        return Modality("hypothetical", mandated)
    if (advised := _mandated_clause(verb)):  # "recommend that governments share data", "demanding that the head step down"
        return Modality("hypothetical", advised)
    if (weighed := _compared_option(verb)):  # "easier to change jobs than to strike"
        return Modality("hypothetical", weighed)
    for s in verb.children:  # "Not everyone in the border villages welcomed the markers", "not all residents agreed"
        if s.dep_ in ("nsubj", "nsubjpass") and (s.lower_ in ("everyone", "everybody", "all") or any(
                c.dep_ == "det" and c.lower_ in ("all", "every") for c in s.children)) and any(
                c.lower_ == "not" and c.i < s.i for c in s.subtree):
            return Modality("negated", f"not {s.text}")
    if (nobody := _nobody_subject(verb)):  # "no one was arrested", "nobody was hurt", "no soldiers were killed",
        return Modality("negated", nobody)  # "neither Israel nor Hamas has accepted", "neither side has signed"
    if (alone := _let_alone(trigger)):  # "ability to detect, let alone shoot down, drones"
        return Modality("hypothetical", alone)
    if (whether := _split_whether(verb)):  # "could decide whether the treaty initialled last August is ever signed"
        return Modality("hypothetical", whether)
    if (kind := _bare_plural_kind(verb)):  # "Migrants caught working illegally face deportation"
        return Modality("hypothetical", f"generic ('{kind}')")
    # "at no point did Iranian boats open fire", "in no way did it threaten" (the inverted "did" may head the clause)
    for head in (verb, verb.head) if verb.head.lemma_ == "do" else (verb,):
        for s in head.children:
            if s.dep_ == "prep" and any(o.dep_ == "pobj" and (s.lower_, o.lemma_.lower()) in NO_OCCASIONS and any(
                    d.dep_ == "det" and d.lower_ == "no" for d in o.children) for o in s.children):
                return Modality("negated", s.text + " no")
    if trigger.dep_ in ("pobj", "pcomp") and trigger.head.lower_ == "of" and any(
            d.dep_ == "det" and d.lower_ == "no" for d in trigger.head.head.children):
        return Modality("negated", "no " + trigger.head.head.text)  # "has shown no sign of releasing them"
    if trigger.dep_ in ("pobj", "pcomp") and trigger.head.lower_ == "without":
        return Modality("negated", "without")  # "without a fight", "gave arms without demanding payment"
    if verb.dep_ == "pcomp" and verb.head.lower_ == "of" and verb.head.head.lemma_.lower() in ABILITY_WORDS:
        return Modality("hypothetical", f"{verb.head.head.text} of")  # "capable of mounting a full-scale invasion"
    wished = _wishing_head(verb)
    if wished is None and verb.dep_ == "ccomp" and to_infinitive(verb) and head_lemma(verb.head) in WANTING_HEADS \
            and any(c.dep_ == "nsubj" for c in verb.children):
        wished = verb.head  # "Kyrgyzstan wants the meeting to endorse a plan"
    if wished is not None:
        return Modality("hypothetical", f"wished ('{wished.text}')")
    if _generic_gerund(trigger):  # "Killing a person who is hors de combat is a war crime"
        return Modality("hypothetical", f"generic ('{trigger.text} ... {trigger.head.text}')")
    if (kind := _rule_on_a_kind_of_act(trigger)):  # "Torturing prisoners of war is prohibited"
        return Modality("hypothetical", f"generic ('{kind} is {trigger.text}')")
    if (anyone := next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in FREE_RELATIVES), None)):
        return Modality("hypothetical", anyone.text)  # "Whoever seizes the regional cities will own the market"
    if _headline_infinitive(verb):  # "Erdogan to meet Putin in Sochi": a headline's plan
        return Modality("future", "to (headline)")
    # auxiliaries of the clause (and of the head verb for coordinated verbs)
    # a coordinated verb shares its head's auxiliaries ("will meet and sign"), unless it is finite itself
    # ("said Moscow would continue ... and accused the West": "accused" is past, not under "would")
    aux_holders = [verb] + ([verb.head] if verb.dep_ == "conj" and not is_finite(verb) else [])
    for holder in aux_holders:
        for c in holder.children:
            if c.dep_ in ("aux", "auxpass"):
                low = c.lower_
                if low in FUTURE_AUX:
                    return Modality("future", c.text)
                if low == "would":
                    reported = holder
                    while reported.dep_ == "conj" and reported.head.pos_ in ("VERB", "AUX"):
                        reported = reported.head  # "said Iran will not allow a corridor and would act against it"
                    if reported.dep_ == "ccomp" and reported.head.lemma_ in REPORTING and reported is not holder \
                            and not _negating(reported.head) and not any(c.dep_ in ("nsubj", "nsubjpass", "mark")
                                                                         for c in holder.children):
                        return Modality("future", "would (reported)")
                    if that_conjunct(holder) and (said := _reporting_above(holder)) is not None \
                            and not _negating(said):
                        return Modality("future", "would (reported)")  # "added that ... and that those responsible
                        # would be held to account" (however the parser hangs the second that-clause)
                    if holder.dep_ == "ccomp" and holder.head.lemma_ in REPORTING:
                        if _negating(holder.head):  # "did not say how it would respond"
                            return Modality("hypothetical", f"not {holder.head.text}")
                        return Modality("future", "would (reported)")
                    if _misparsed_report(holder):  # "told protesting farmers that the government would scrap ..."
                        return Modality("future", "would (reported)")
                    if when := _future_time(holder):  # "the EU would hold talks with Abbas next month": a plan
                        return Modality("future", f"would ... {when}")
                    return Modality("hypothetical", c.text)
                if low in HYPOTHETICAL_AUX:
                    return Modality("hypothetical", c.text)
            if holder is not verb and _condition_mark(c):
                return Modality("hypothetical", c.text)  # the head of a coordinated verb ("if X signs and ratifies")
            if c.dep_ in ("npadvmod", "advmod") and c.lower_ in ("tomorrow", "soon"):
                return Modality("future", c.text)
            if c.dep_ == "npadvmod" and any(g.lower_ in ("next", "coming") for g in c.children) \
                    and not _past_form(verb) and not any(g.dep_ == "det" and g.lower_ == "the" for g in c.children):
                return Modality("future", "next " + c.text)  # (not "were detained the next morning": a day after)
    # prepositional "next week" etc. inside the clause (a simple past tells a done act, and a time ahead hung from it
    # is its content's: "signed an agreement on Thursday on electricity supplies next winter")
    for c in verb.children if not _past_form(verb) else ():
        if c.dep_ == "prep" and c.lower_ in ("in", "on", "by"):
            for p in c.children:
                if any(g.lower_ in ("next", "coming") for g in p.children):
                    return Modality("future", f"{c.text} next {p.text}")
    # nominal modifiers: "planned talks", "no clashes", "possible attack"
    if trigger.pos_ in ("NOUN", "PROPN"):
        for c in trigger.children:
            if c.dep_ in ("amod", "compound") and c.lower_ in FUTURE_WORDS:
                return Modality("future", c.text)
    if trigger.pos_ in ("NOUN", "PROPN") and any(c.lower_ in SIMULATED_WORDS for c in trigger.children):
        return Modality("hypothetical", "simulated")
    if trigger.pos_ == "VERB" and any(c.dep_ in ("amod", "compound") and c.lower_ in SIMULATED_WORDS
                                      for o in objects(trigger) for c in o.children):
        return Modality("hypothetical", "simulated target")  # "drones had struck mock targets near Jolfa"
    script = next((v for v in [verb, *ancestors_chain(verb)] if _under_script(v)), None)
    if script is not None:
        return Modality("hypothetical", f"exercise scenario ('{script.text}')")
    # heads above: "failed to", "plans to", "if ...", "accused of"
    cur = verb
    crossed_clause = False
    for head in ancestors_chain(verb):
        dep = cur.dep_
        lemma = head_lemma(head)
        if dep == "relcl" and _told_past_deed(cur):
            break
        if dep == "ccomp" and _across_semicolon(cur, head):
            break  # "called the incident interference; loadings were halted": two sentences, misparsed as one
        if dep == "pcomp" and _own_words_on_what(cur):
            break  # "reserved the right to respond to what he called a provocation": the naming is told, not intended
        if lemma in SIMULATING_HEADS and dep in ("xcomp", "dobj", "ccomp", "pcomp", "pobj", "advcl", "conj"):
            return Modality("hypothetical", f"exercise ('{head.text}')")
        if lemma in SCENARIO_NOUNS and dep in ("relcl", "acl", "pobj", "compound"):
            return Modality("hypothetical", f"exercise ('{head.text}')")
        if any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in SCENARIO_NOUNS for c in head.children):
            return Modality("hypothetical", f"exercise scenario ('{head.text}')")
        if dep == "xcomp" and lemma in ATTEMPT_HEADS and head.tag_ in ("VBD", "VBN"):
            cur = head  # "tried to hack", "attempted to assassinate": the attempt happened (CAMEO 185)
            continue
        if dep == "advcl" and to_infinitive(cur) and _negating(head) and not crossed_clause \
                and any(c.dep_ == "dobj" and c.lemma_.lower() in PLOT_NOUNS for c in head.children):
            return Modality("negated", head.text)  # "thwarted a plot to assassinate" (the infinitive misparsed as advcl)
        if dep == "advcl" and cur.i == verb.i and (orderer := _speaker_past_controlled_clause(cur)) is not None:
            cur = orderer  # "ordered Belarus to close its consulate, accusing Minsk ...": the orderer's act, not ordered
            continue
        if dep == "xcomp" and cur.i == verb.i and verb.tag_ == "VBN" and lemma == "order" and head.tag_ in ("VBD", "VBN"):
            cur = head  # "were ordered deported", "a court ordered the paper closed": the order is the act
            continue
        if dep == "xcomp" and cur.i == verb.i and order_to_intermediary(verb) is not None:
            cur = head  # "ordered internet providers to block the website": the order is the act
            continue
        reluctant = _denied_reluctance(head, dep)
        if reluctant is not None:  # reluctance denied affirms the act
            if any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX | {"would"} for c in reluctant.children):
                return Modality("future", f"not {reluctant.text}")  # "will not hesitate to use force"
            cur = reluctant  # "did not hesitate to open fire": it was done
            continue
        if _means_for(head, dep, cur) and not crossed_clause:  # "batteries would be needed to intercept a drone"
            return Modality("hypothetical", f"purpose ('{head.text} ... to')")
        if dep == "xcomp" and (nobody := _nobody_subject(head)):  # "a kilometre where nobody has to shoot"
            return Modality("negated", nobody)
        if dep == "pcomp" and cur.head.lower_ in GOAL_PREPS:  # "work towards signing a peace treaty"
            return Modality("hypothetical", f"a goal ('{cur.head.text}')")
        if dep == "pcomp" and cur.head.lower_ == "to" and cur.head.head.lemma_.lower() in GOAL_NOUNS:
            return Modality("hypothetical", f"a goal ('{cur.head.head.text} to')")  # "working with a view to signing"
        if dep == "pcomp" and cur.head.lower_ == "for" and (penalty := _penalty_for(cur.head)):
            return Modality("hypothetical", f"generic ('{penalty} for')")  # "penalties for organising rallies"
        if dep in ("xcomp",) or (dep == "pobj" and cur.head.lower_ in ("to",)):
            if dep == "xcomp" and cur.i == verb.i and lemma in ("be", "have") \
                    and any(c.dep_ == "advmod" and c.lower_ == "yet" for c in head.children):
                return Modality("negated", "yet to")  # "police are yet to arrest", "has yet to sign"
            if _negating(head):
                return Modality("negated", head.text)
            if (denial := _denied_intent(head)) and not _wh_clause(cur):
                return Modality("negated", denial)  # "I did not want to attack anyone", "we never intended to attack"
            if (condition := next((c for c in head.children if _condition_mark(c)), None)) is not None:
                return Modality("hypothetical", condition.text)  # "If the authorities try to disperse a crowd, ..."
            if lemma in DELIBERATING_HEADS or judged_fit(head):
                return Modality("hypothetical", head.text)
            if lemma in FUTURE_HEADS:
                return Modality("future", head.text)
        if dep == "relcl" and not to_infinitive(cur):
            crossed_clause = True  # "sent troops to quell the protests, which killed 200": a clause of its own
        if dep in ("acl", "relcl") and head.lower_ in NOBODY and to_infinitive(cur) and not crossed_clause:
            return Modality("negated", f"{head.text} to")  # "there was 'nothing to discuss'"
        if dep in ("acl", "relcl") and head.pos_ == "NOUN" and to_infinitive(cur) and not crossed_clause:
            if head.dep_ == "dobj" and _negating(head.head):  # "foiled an attempt to bomb the embassy"
                return Modality("negated", head.head.text)
            if lemma in NEGATING_NOUNS:
                return Modality("negated", head.text)
            if lemma in PROMISE_NOUNS:
                return Modality("future", f"{head.text} to")
            if lemma not in ACT_NOUNS and (not ranked(head) or lemma in MEANS_NOUNS) and not _call_heeded(head):
                return Modality("hypothetical", f"intended ('{head.text} to')")
        if to_infinitive(cur) and not crossed_clause and (
                (dep == "advcl" and lemma in PURPOSE_ADVCL_HEADS | PURPOSE_HEADS) or (dep == "xcomp" and lemma in PURPOSE_HEADS)):
            return Modality("hypothetical", f"purpose ('{head.text} ... to')")
        if dep == "conj" and cur.tag_ in ("VBD", "VBZ") and head.tag_ == "VB" and not is_finite(head):
            break  # "foiled a plan to carry out a bombing and detained six suspects": a past verb of its own
        if _denier_naming(cur, head):
            break  # "denied that its troops had opened fire, calling the Armenian statement disinformation": the denier's words
        if dep == "conj" and cur.tag_ == "VBD" and head.tag_ == "VBN" and head.dep_ == "ccomp" and not any(
                c.dep_ in ("aux", "nsubj", "nsubjpass") for c in cur.children) and any(
                c.dep_ == "aux" and c.lower_ == "had" for c in head.children) and not _shared_passive(head, cur):
            break  # "denied that its troops had opened fire and called Baku's report disinformation": a simple past
            # cannot share the reported clause's "had"; it goes with the reporting verb
        if dep in ("pcomp", "pobj") and cur.head.lower_ == "for" and cur.head.head.lemma_.lower() in TIMETABLE_NOUNS:
            return Modality("hypothetical", f"a {cur.head.head.text} for")  # "has not set a date for opening the border"
        if dep == "pcomp" and cur.head.lower_ == "of" and cur.head.head.lemma_.lower() in OPTION_NOUNS:
            return Modality("hypothetical", cur.head.head.text)
        if cur.i == verb.i and (way := _way_of_doing(cur)):
            return Modality("hypothetical", f"generic ('{way}')")
        if dep == "pcomp" and cur.head.lower_ == "of" and cur.head.head.lemma_.lower() in ALLEGATION_NOUNS:
            return Modality("alleged", cur.head.head.text)  # "arrested on charges of calling for a coup"
        if dep == "ccomp" and lemma in IDENTIFYING_HEADS and _suspected_identity(head, cur):
            cur = head  # "Gunmen suspected to be rebels attacked ...": a guess at who acted, not at whether
            continue
        if dep in ("ccomp", "pcomp", "pobj") and lemma in ALLEGING_HEADS \
                and not (dep == "ccomp" and _trailing_denial(head, cur)):
            return Modality("alleged", head.text)
        if dep == "prep" and cur.lower_ == "of" and lemma in ALLEGING_HEADS and not crossed_clause \
                and (trigger.tag_ in ("VBG", "VB") or trigger.pos_ == "NOUN"):
            return Modality("alleged", head.text)  # "officials it accuses of rigging the vote and cracking down"
        if dep == "prep" and cur.lower_ == "of" and head.dep_ == "dobj" and head.head.lemma_.lower() in ALLEGING_HEADS \
                and not crossed_clause and trigger.tag_ in ("VBG", "VB"):
            return Modality("alleged", head.head.text)  # "accuses the outlet of ... and of threatening the order" (the
            # parser hangs "of" on the object)
        if dep == "prep" and (cur.lower_, lemma) in OFFENCE_PREPS and not crossed_clause and trigger.tag_ == "VBG":
            # "charged eight politicians with sabotage and with assisting a foreign power", "convicted of spying": what
            # the charge or the sentence is for, not an act of the news
            return Modality("alleged", f"{head.text} {cur.text}")
        if dep == "ccomp" and lemma in CLAIMING_HEADS:
            return Modality("claimed", head.text)
        if dep in ("acl", "ccomp") and head.pos_ == "NOUN" and lemma in POSSIBILITY_NOUNS \
                and any(c.dep_ == "mark" and c.lower_ == "that" for c in cur.children):
            return Modality("hypothetical", f"{head.text} that")  # "the possibility that the next strike hits a ship"
        if dep in ("acl", "ccomp", "relcl") and head.pos_ == "NOUN" and lemma in ALLEGATION_NOUNS \
                and any(c.dep_ == "mark" and c.lower_ == "that" for c in cur.children):
            return Modality("alleged", head.text)  # "denied charges that it tortured a priest"
        if dep in ("acl", "ccomp") and head.pos_ == "NOUN" and head.dep_ in ("dobj", "nsubjpass") \
                and head.head.lemma_.lower() in RETRACTING_VERBS and any(c.dep_ == "mark" and c.lower_ == "that" for c in cur.children):
            return Modality("negated", f"{head.head.text} {head.text}")  # "retracted its statement that police had used
            # rubber bullets": the words taken back tell no act
        if dep == "ccomp" and (text := _retracted_relative_text(head)):
            return Modality("negated", text)  # "withdrew a flash which had said that the ministers had met"
        if dep == "ccomp" and (text := _superseded_text(head)):
            return Modality("negated", f"corrected ('{text}')")  # "An earlier version of this story said ..."
        if dep == "ccomp" and _negating(head) and not _trailing_denial(head, cur) and not _free_relative(cur):
            return Modality("negated", head.text)  # (not "rejected what it called biased statements": what is rejected)
        if dep == "pcomp" and cur.head.lower_ == "of" and cur.head.head.lower_ == "short":
            return Modality("negated", "short of")  # "stopped short of imposing sanctions"
        if dep == "prep" and cur.lower_ == "from" and lemma in PREVENTING_HEADS and any(c.dep_ == "pcomp" for c in cur.children):
            return Modality("negated", f"{head.text} ... from")
        if dep == "advcl" and lemma in AWAITING_HEADS and any(c.dep_ == "mark" and c.lower_ == "for" for c in cur.children):
            return Modality("hypothetical", f"awaited ('{head.text}')")
        if dep in ("advcl",) and any(_condition_mark(c) for c in cur.children):
            return Modality("hypothetical", "if")
        if dep == "advcl" and to_infinitive(head) and (frame := next(
                (c for c in cur.children if c.dep_ == "mark" and c.lower_ in FRAME_MARKS), None)) is not None:
            # "asked Tashkent to restore gas supplies while the rest of the debt was negotiated"
            return Modality("hypothetical", f"{frame.text} (the setting of '{head.text}', not done)")
        if _generic_gerund(head):  # "Killing a soldier who has surrendered is a war crime"
            return Modality("hypothetical", f"generic ('{head.text} ... {head.head.text}')")
        if dep == "prep" and cur.lower_ == "for" and _denied_by_rule(head):
            # "prisoners of war cannot be prosecuted for taking part in hostilities"
            return Modality("hypothetical", f"generic ('{head.text} for')")
        for c in head.children:
            if c.dep_ == "neg" and dep in ("xcomp", "ccomp") and not _wh_clause(cur):
                return Modality("negated", c.text)
            shares_aux = dep == "xcomp" or (dep == "conj" and not is_finite(cur))
            if c.dep_ == "aux" and c.lower_ in FUTURE_AUX and shares_aux:
                return Modality("future", c.text)
            if c.dep_ == "aux" and c.lower_ in HYPOTHETICAL_AUX - {"would"} and shares_aux:
                return Modality("hypothetical", c.text)
            if c.dep_ == "aux" and c.lower_ == "would" and dep == "xcomp" and head.dep_ == "ccomp" \
                    and head.head.lemma_ in REPORTING:  # "announced it would begin pulling troops out"
                return Modality("future", "would (reported)")
        cur = head
    return Modality()


def stranded_objects(verb: "Token") -> list["Token"]:
    """The object of a misparsed finite verb: its direct object, or the noun appositive the parser hung
    on the subject ("guards killed on Saturday evening a young man")."""
    found = objects(verb)
    if found or not misparsed_finite(verb):
        return found
    return [c for c in verb.head.children if c.dep_ == "appos" and c.i > verb.i and c.pos_ == "NOUN"][:1]


def _retracted_relative_text(verb: "Token") -> str:
    """A saying verb in a relative clause on a text its source takes back ("withdrew a flash which had said that",
    "retracted the report that said"). Returns the retracting verb and the text, or ""."""
    text = verb.head
    if verb.dep_ != "relcl" or text.pos_ != "NOUN" or text.dep_ not in ("dobj", "nsubjpass"):
        return ""
    if text.head.lemma_.lower() not in RETRACTING_VERBS:
        return ""
    return f"{text.head.text} {text.text}"


def _superseded_text(verb: "Token") -> str:
    """The subject of a saying verb that is a text a correction replaces ("An earlier version of this story said",
    "the original report stated") or that owns it spoke in error ("An earlier flash wrongly said"). Returns it with
    its mark, or ""."""
    erring = next((c for c in verb.children if c.dep_ == "advmod" and c.lower_ in ERRING_SAYING_ADVERBS), None)
    if erring is not None:
        return f"{erring.text} {verb.text}"
    for s in verb.children:
        if s.dep_ == "nsubj" and s.lemma_.lower() in SUPERSEDED_TEXT_NOUNS:
            mark = next((c for c in s.children if c.dep_ == "amod" and c.lower_ in SUPERSEDED_TEXT_MARKS), None)
            if mark is not None:
                return f"{mark.text} {s.text}"
    return ""


def _suspected_identity(head: "Token", clause: "Token") -> bool:
    """"Gunmen suspected to be members of X attacked ...": the parser made "suspected" (or "believed",
    "thought", "said") the root with the
    actor noun as its subject and the real clause as its complement; the participle only qualifies who
    the actor is. Requires the subject noun directly before "suspected" and "to be" after it."""
    doc = head.doc
    subj = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
    # "to be" right after the participle, the reported clause's verb further on (the parser hangs "be"
    # either on "suspected" or on that verb)
    identity = head.i + 2 < clause.i and doc[head.i + 1].lower_ == "to" and doc[head.i + 2].lemma_.lower() == "be"
    return head.tag_ in ("VBN", "VBD") and identity \
        and any(s.i == head.i - 1 and s.pos_ in ("NOUN", "PROPN") for s in subj) \
        and not any(c.dep_ in ("aux", "auxpass") for c in head.children)


def sentence_lemmas(sent: "Span") -> tuple[list[str], list[str]]:
    return [t.lemma_.lower() for t in sent], [t.lower_ for t in sent]


def verb_tagged_as_noun(tok: "Token") -> bool:
    """A present-tense verb the tagger took for a plural noun, told by its place in the parse: it heads a clause
    and takes a direct object, which no noun does ("Minsk reserves the right to take countermeasures, X said",
    '"The Islamic Republic reserves the right ...," Baghaei said'), or its object is hung as a definite apposition
    with an infinitive ("Tajikistan reserves the right to ..."), or it has a subject of its own and the parser
    made its object its head ('said that Tbilisi "reserves the right to respond"'). Not a noun phrase ("the
    reserves", "talks the ministers held")."""
    if tok.pos_ != "NOUN" or tok.tag_ != "NNS" or any(c.dep_ in ("det", "poss", "amod", "nummod") and c.i < tok.i
                                                       and c.ent_type_ == "" for c in tok.children):
        return False
    if tok.dep_ == "nsubj" and tok.head.i > tok.i and tok.head.pos_ == "NOUN" and any(
            c.dep_ == "nsubj" for c in tok.children):
        return True
    if tok.dep_ not in VERB_CLAUSE_DEPS:
        return False
    return any(c.dep_ in OBJ and c.i > tok.i for c in tok.children) or any(
        c.dep_ == "appos" and c.i > tok.i and c.left_edge.dep_ == "det"
        and any(g.dep_ == "acl" and g.tag_ == "VB" for g in c.children) for c in tok.children)


def _list_item_as_subject(verb: "Token", subj: "Token") -> bool:
    """The last item of the first verb's list of objects, taken for the subject of the verb coordinated after it ("the
    heads of state discussed the agenda of bilateral relations, the implementation of projects ..., and agreed to hold
    the next meeting": 'implementation' is discussed, the heads of state agreed). The parser hangs the list's "and" on
    the item."""
    first = verb.head
    return verb.dep_ == "conj" and first.pos_ in ("VERB", "AUX") and first.i < subj.i < verb.i \
        and subj.dep_ == "nsubj" and subj.pos_ == "NOUN" and any(c.dep_ == "cc" for c in subj.children) \
        and any(c.dep_ == "dobj" and c.i < subj.i for c in first.children) \
        and subj.i > 0 and subj.doc[subj.left_edge.i - 1].text == ","


def subject_on_auxiliary(verb: "Token") -> list["Token"]:
    """The subject of a verb that the parser hung on its auxiliary because a quote opens between them ('Brussels was
    "once again interfering"': "Brussels" on "was")."""
    return [s for a in verb.children if a.dep_ == "aux" and a.i < verb.i and any(
                t.tag_ == "``" or t.text in ('"', "\u201c") for t in verb.doc[a.i + 1:verb.i])
            for s in a.children if s.dep_ in ("nsubj", "nsubjpass") and s.i < a.i]


def _misplaced_subject(verb: "Token") -> list["Token"]:
    """The subject of a verb tagged as a noun, which the parser hung in front of it as a modifier ("Minsk [amod]
    reserves the right", "Tajikistan [compound] reserves the right"), or on its auxiliary when a quote opens between them
    ('Brussels was "once again interfering"': "Brussels" hung on "was")."""
    if not verb_tagged_as_noun(verb):
        return subject_on_auxiliary(verb)
    before = [c for c in verb.children if c.dep_ in ("compound", "amod", "nmod") and c.i < verb.i]
    return before[-1:]


def that_conjunct(verb: "Token") -> bool:
    """A conjunct that opens a reported statement of its own with "that" ("said it had detained four members of a
    banned group, and that an Afghan national had been deported on Wednesday"): its time and people are its own."""
    return verb.dep_ == "conj" and any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children)


def outside_that_conjunct(tok: "Token", head: "Token") -> bool:
    """A word inside a "that" conjunct which does not hold the act `head` ("said it had detained four members ..., and
    that an Afghan national had been deported": 'Afghan' for the detention)."""
    cur = tok
    while cur.head.i != cur.i:
        if cur.pos_ in ("VERB", "AUX") and that_conjunct(cur):
            return head not in cur.subtree
        cur = cur.head
    return False
