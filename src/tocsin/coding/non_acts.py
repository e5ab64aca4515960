"""Acts a story names without telling that anyone did them: questions asked ("ask the same question: what happens
if ..."), the content of a question or of footage that claims to show something, imperatives inside quotations
("strike first"), what a museum exhibit shows or its captions say, the words of a song, the agenda of a gathering, the frequency of a kind of act ("Protests are uncommon in
Uzbekistan"), court rulings between firms, appeals to the public for donations, and the like. The coder asks these
before it finds an act's roles (vetoes.VETOES)."""

from __future__ import annotations

import functools
import itertools
import re
from typing import TYPE_CHECKING

from tocsin import nlp
from tocsin.coding.actor_link import NON_STATE_CODES, MentionIndex, bare_security_council, dateline_end, is_state, own_council_meeting
from tocsin.coding.dates import DAY_WORDS, WEEKDAYS
from tocsin.coding.figurative import CIVIL_EVENT_NOUNS, HAZARD_NOUNS, SPORT_SIDE_NOUNS
from tocsin.coding.syntax import (WANTING_HEADS, agents, clause_verb, is_passive, modality, objects, passive_subjects,
                                  per_token, prep_objects, subjects, to_infinitive, with_conjuncts, PENALTY_NOUNS)
from tocsin.coding.triggers import ACTOR_NOUNS
from tocsin.coding.headline_verbs import PLURAL_COLLECTIVES
from tocsin.coding.staged_acts import GENERIC_PEOPLE_NOUNS, PRIVATE_CIRCLES
from tocsin.coding.word_lists import word_set
from tocsin.coding.drafts import has_lemma, has_word

if TYPE_CHECKING:  # pragma: no cover
    from collections.abc import Sequence

    from spacy.tokens import Span, Token

QUOTATION_MARKS = {'"', "“", "”", "''", "``"}
WH_TAGS = {"WP", "WRB", "WDT", "WP$"}
# verbs of seeing and hearing an act ("hear a shot fired", "see a border guard killed"): the act is what is perceived
PERCEPTION_VERBS = word_set("perception_verbs")
CLAIMED_SHOWING_VERBS = word_set("claimed_showing_verbs")
PASSIVE_CLAIM_VERBS = word_set("passive_claim_verbs")
FAKE_FOOTAGE_MARKS = word_set("fake_footage_marks")
FOOTAGE_NOUNS = word_set("footage_nouns")
SHOWING_VERBS = {"show", "depict", "portray"}
QUESTION_NOUNS = word_set("question_nouns")
ANSWERING_VERBS = word_set("answering_verbs")
KNOWING_VERBS = word_set("knowing_verbs")
KIND_FREQUENCY_WORDS = word_set("kind_frequency_words")
KIND_GROUP_NOUNS = word_set("kind_group_nouns")
AGENDA_GATHERINGS = word_set("agenda_gatherings") | word_set("calendar_gatherings") | word_set("meeting_nouns")
COURT_WORDS = word_set("court_words")
COURT_MOTION_NOUNS = word_set("court_motion_nouns")
TRIAL_PARTIES = word_set("trial_parties")
CIVIL_CLAIM_NOUNS = word_set("civil_claim_nouns")
PRIVATE_LITIGANTS = word_set("private_litigants")
INQUIRY_WORDS = word_set("inquiry_words")
DONATION_WORDS = word_set("donation_words")
TRADE_PUBLIC_NOUNS = word_set("trade_public_nouns")
PUBLIC_WORDS = word_set("public_nouns") | TRADE_PUBLIC_NOUNS
EXHORTATION_NOUNS = word_set("exhortation_nouns")
HEEDING_VERBS = word_set("heeding_verbs")
DONOR_ADDRESSEES = word_set("donor_addressees")
RELEASE_LEMMAS = word_set("release_lemmas")
STANDING_PRONOUNS = {"him", "her", "them", "it", "us"}
PRESUPPOSING_WH = {"why", "how"}
LOCATIVE_PREPS = {"across", "at", "near", "on", "along", "into", "over"}
FIGURATIVE_BATTLE_MARKS = word_set("figurative_battle_marks")
NATURAL_ADVERSARIES = word_set("natural_adversaries") | HAZARD_NOUNS | word_set("social_ills")
CRITICISED_THINGS = word_set("criticised_things")
WORDY_SIDES = word_set("wordy_sides")
LAWS_AND_MEASURES = word_set("law_nouns") | CRITICISED_THINGS
WAR_LIKENESSES = word_set("real_conflict_words") | word_set("war_likeness_words")
ATTACKING_IN_WORDS = word_set("attacking_in_words")
INTRANSITIVE_ARRIVAL_VERBS = word_set("intransitive_arrival_verbs")
EMERGENCY_WORKER_NOUNS = word_set("emergency_worker_nouns")
STANDING_PROHIBITION_VERBS = word_set("standing_prohibition_verbs")
HOME_OFFICIAL_NOUNS = word_set("home_official_nouns")
HOME_OFFICIAL_LEVELS = word_set("home_official_levels")
LOCAL_RULERS = word_set("local_ruler_nouns")
CONGRATULATING_VERBS = word_set("congratulating_verbs")
CURB_TERM_PREPS = ("since", "until", "till", "after", "during", "for")  # a measure's term or occasion ("during the
# summit", "for the duration of the election"; "from Monday" is a date, and "barred from team competitions" a complement)
SPORT_GENRE_WORDS = word_set("genre_sport")
SPORT_SIDE_MODIFIERS = SPORT_GENRE_WORDS | word_set("sport_side_modifiers")
MEDICAL_MARKS = word_set("medical_marks")
MEDICAL_EVENTS = word_set("medical_events")
ANIMAL_NOUNS = word_set("animal_nouns")
# weapons and vehicles an animal word may name ("Tu-95 Bear bombers", "Leopard tanks")
ARMED_THINGS = word_set("animal_named_arms")
SKILL_VERBS = word_set("skill_verbs")
ROLE_PLAY_CUES = word_set("role_play_cues")
CYBER_CONTEST_CUES = word_set("cyber_contest_cues")
MOCK_TARGET_MARKS = word_set("mock_target_marks")
# ... of which "test" and "target" mark a mock system only in a sentence that names a contest or an exercise
CONTEST_ONLY_MARKS = word_set("contest_only_mock_marks")
CYBER_EXERCISE_WORDS = word_set("cyber_exercise_words")
# state bodies, whose act on role-players is real ("Tajik police detained students who had organised a Model UN")
RULING_NOUNS = word_set("ruling_nouns")
STATE_BODY_NOUNS = RULING_NOUNS | word_set("security_force_nouns") | word_set("custody_agent_nouns")
CYBER_THINGS = word_set("cyber_things")
DOER_PRONOUNS = {"he", "she", "it", "they"}
PARTY_ENTS = {"GPE", "NORP", "ORG", "PERSON"}
ATTACK_MOTIVE_NOUNS = word_set("attack_motive_nouns")
BATTLE_NOUNS = word_set("battle_nouns")
FIGHTING_LEMMAS = word_set("fighting_lemmas")
COPULAS = {"be", "remain", "become", "seem", "look", "appear"}
DEFINITE_WORDS = {"the", "this", "that", "these", "those", "its", "their", "his", "her", "our", "my", "your", "last",
                  "latest"}
LEADING_ADVERBS = {"never", "just", "simply", "please", "so", "then", "now", "always", "only", "first", "also", "and",
                   "but"}
CLAUSE_OPENERS = {":", ";", "-", "–", "—", ",", "("}


def _among(tok: "Token", words: frozenset[str]) -> bool:
    """Whether a word, by its lemma or its form, is one of `words`."""
    return tok.lemma_.lower() in words or tok.lower_ in words


def in_quotation(tok: "Token") -> bool:
    """Whether a word is inside a quotation of its sentence: an odd number of quotation marks before it, or none
    before it and an odd number after it (a quotation opened in an earlier sentence: '... They fired into the air,"
    he said')."""
    marks = _quotation_marks(tok.sent[0])
    before = sum(i < tok.i for i in marks)
    return before % 2 == 1 or (before == 0 and len(marks) % 2 == 1)


@per_token
def _quotation_marks(first: "Token") -> tuple[int, ...]:
    """The places of the quotation marks in the sentence `first` opens."""
    return tuple(t.i for t in first.sent if t.text in QUOTATION_MARKS)


def _wh_clause(clause: "Token") -> str:
    """The question word that opens a clause ("what happens if it closes", "why the 1916 uprising broke out", "in
    which year troops broke up ...", "whether the war had been a mistake"), or ""."""
    front = [t for t in clause.subtree if t.i < clause.i]
    word = next((t for t in front if t.tag_ in WH_TAGS or t.lower_ in ("whether", "if")), None)
    if word is None and clause.tag_ in WH_TAGS:
        word = clause
    return word.text if word is not None else ""


def _wh_word_after(verb: "Token") -> str:
    """The question word right after a verb ("asked which country ...", "asked whether ..."), or ""."""
    nxt = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    return nxt.text if nxt is not None and (nxt.tag_ in WH_TAGS or nxt.lower_ == "whether") else ""


def _askees(verb: "Token") -> list["Token"]:
    """Whom a verb of asking asks: its objects, or its passive subjects ("Pupils were asked to explain")."""
    return passive_subjects(verb) if is_passive(verb) else objects(verb)


def _names_a_party(toks: list["Token"], index: MentionIndex) -> bool:
    """Whether the phrases of these words name an actor the dictionary knows with a code ("asked Moscow to explain")."""
    return any(m.entity.code for m in index.in_tokens([t for w in toks for t in w.subtree]))


def _party_head(toks: list["Token"], index: MentionIndex) -> bool:
    """Whether these words, or the words in front of them, name an actor with a code ("asked Moscow", "asked the
    Russian ambassador"; not the place in "any farmer in Batken")."""
    near = [t for w in toks for t in [w] + [c for c in w.children if c.dep_ in ("compound", "amod", "poss", "nmod")]]
    return any(m.entity.code for m in index.in_tokens(near))


def _pronoun_for_party(toks: list["Token"], index: MentionIndex) -> bool:
    """Whether an askee is a personal pronoun that stands for a party named as the object of an earlier verb in its
    sentence ("summoned the Afghan charge d'affaires ... and asked him to explain", "met Chinese officials ... and
    asked them to explain"): the nearest object before the pronoun names a coded actor (not "gave pupils an exam and
    asked them to name the year": the exam is no party)."""
    for w in toks:
        if w.lower_ not in STANDING_PRONOUNS:
            continue
        before = [t for t in w.sent if t.i < w.i and t.dep_ in ("dobj", "dative") and t.pos_ in ("NOUN", "PROPN")]
        if before and _party_head([before[-1]], index):
            return True
    return False


def question_asked(tok: "Token", index: MentionIndex) -> str:
    """"Ask" that puts a question, not a request: its object is a question ("lorry drivers ask the same question:
    what happens if it closes?"), it takes a question clause ("Asked what would happen if Russia closed the border,
    52 percent said ...", "Ask them why the 1916 uprising broke out"), it asks about something with no act asked for
    ("Ask any farmer in Batken about the border"), or it asks people who are no party to name or explain something
    (an exam's "asked candidates to name the year ...", "Pupils were asked to explain why ..."). Not "asked Moscow to
    explain the detentions" (a party asked) nor "asked Russia to release them". Returns the cue, or ""."""
    if tok.lemma_.lower() != "ask":
        return ""
    wanted = [c for c in tok.children if c.dep_ in ("xcomp", "ccomp") and to_infinitive(c)]
    if any(c.lemma_.lower() not in ANSWERING_VERBS for c in wanted):
        return ""
    if wanted:
        askees = _askees(tok)
        return wanted[0].text if not _party_head(askees, index) and not _pronoun_for_party(askees, index) else ""
    asked = next((o for o in objects(tok) if o.lemma_.lower() in QUESTION_NOUNS), None)
    if asked is not None:
        return asked.text
    if _party_head(_askees(tok), index):
        return ""  # ("asked Moscow why it had closed the border": a party is pressed for an answer)
    for c in tok.children:
        if c.dep_ in ("ccomp", "dobj", "advcl") and c.pos_ in ("VERB", "AUX") and (wh := _wh_clause(c)):
            return wh
    if (wh := _wh_word_after(tok)):
        return wh  # ("Asked which country was Armenia's most important partner, 29 percent named France", misparsed)
    if prep_objects(tok, ("about",)) and not prep_objects(tok, ("for",)):
        return "about"
    return ""


def presupposed_in_question(tok: "Token") -> bool:
    """Whether an act is told as done inside a "why" or "how" question that someone asked ("the ombudsman asked why
    police in Almaty had detained 12 journalists"): the question takes the act as fact, so the act is news (not "asked
    in which year troops broke up the demonstration", nor "Pupils were asked to explain why ...": an exam's
    question, nor the command '"Ask them why ..."')."""
    head = tok.head
    if tok.dep_ not in ("ccomp", "advcl", "dobj") or head.lemma_.lower() != "ask" or head.tag_ not in ("VBD", "VBZ", "VBN"):
        return False
    if is_passive(head) or _wh_clause(tok).lower() not in PRESUPPOSING_WH:
        return False
    return tok.tag_ in ("VBD", "VBN")


def question_content(tok: "Token", index: MentionIndex) -> str:
    """An act inside a question put to someone, not told as done ("asked candidates to name the year Chechens and
    Ingush were deported", "a question asking in which year troops broke up the demonstration"): the verb of asking
    above it asks a question (question_asked); not an act the question takes as done (presupposed_in_question).
    Returns the verb of asking, or ""."""
    if presupposed_in_question(tok):
        return ""
    cur = tok
    for _ in range(6):
        head = cur.head
        if head.i == cur.i:
            return ""
        if head.lemma_.lower() == "ask" and head.i != tok.i and cur.dep_ in ("xcomp", "ccomp", "dobj", "advcl") \
                and question_asked(head, index):
            return head.text
        cur = head
    return ""


def _concrete_act(verb: "Token") -> bool:
    """Whether an act names what it hit, where or when: an object or a prepositional object that is no question word,
    or a day ("shelled the village of Kok-Tash", "fired on a school bus on Tuesday"; not "who fired first")."""
    targets = objects(verb) + [o for c in verb.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"]
    if any(o.tag_ not in WH_TAGS for o in targets):
        return True
    return any(t.ent_type_ in ("DATE", "TIME") for t in verb.subtree)


def open_question(tok: "Token") -> str:
    """An act told as an indirect question with no one in it ("They memorise who attacked whom", "They remember who
    invaded whom but not why"), or whose doer is only asked after under a verb of knowing ("nobody knows who fired
    first"). Not a relative clause ("the men who attacked the convoy"), nor an act with a concrete target or day whose
    doer only is unknown ("they still do not know who shelled the village of Kok-Tash overnight": an act with no actor
    named). Returns the question words, or ""."""
    if tok.dep_ in ("relcl", "acl") or tok.pos_ not in ("VERB", "AUX"):
        return ""
    doers = [s for s in tok.children if s.dep_ in ("nsubj", "nsubjpass")]
    if not doers or not all(d.tag_ in WH_TAGS for d in doers):
        return ""
    targets = [o for o in tok.children if o.dep_ in ("dobj", "dative")]
    if targets and all(o.tag_ in WH_TAGS for o in targets):
        return f"{doers[0].text} ... {targets[0].text}"
    if tok.dep_ in ("ccomp", "dobj", "xcomp") and tok.head.lemma_.lower() in KNOWING_VERBS \
            and not _concrete_act(tok):
        return f"{tok.head.text} {doers[0].text}"
    return ""


def _opens_clause(tok: "Token") -> bool:
    """Whether a word comes first in its clause: after the start of the sentence, a quotation mark, a colon, a dash
    or a comma, with only a leading adverb between ("strike first", '"Never let ...')."""
    prev = tok.i - 1
    while prev >= tok.sent.start and tok.doc[prev].lower_ in LEADING_ADVERBS:
        prev -= 1
    return prev < tok.sent.start or tok.doc[prev].text in QUOTATION_MARKS | CLAUSE_OPENERS


def _bare_form(verb: "Token") -> bool:
    """A verb in its bare form: tagged so, or a form the tagger may take for a past one ("hit first and hit hard")."""
    return verb.tag_ in ("VB", "VBP") or (verb.tag_ in ("VBD", "VBN") and verb.lower_ == verb.lemma_.lower())


def imperative_in_quote(tok: "Token") -> str:
    """A command inside a quotation, which no one has carried out ('"The system learned one lesson from January:
    strike first, and never let a crowd grow"', '"Ask any farmer in Batken about the border"'): a bare verb with no
    subject, auxiliary or "to", first in its clause (or joined to such a verb, not to a past verb or one with a subject:
    '"We received the order, shut the crossing and sent all lorries back"'). Returns the verb, or ""."""
    if not _bare_form(tok) or not in_quotation(tok) or tok.dep_ in ("xcomp", "advcl", "acl", "relcl", "pcomp", "amod"):
        return ""
    filed = dateline_end(nlp.doc_text(tok.doc))  # ("BISHKEK, June 14 (Wire) - "Let no one ...": the dateline is no subject)
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") and c.idx >= filed for c in tok.children):
        return ""
    first = tok
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head  # ('"Ukrainian drones crossed the border, hit a fuel depot and set two tanks on fire"':
        # "hit" and "set" follow a past verb with a subject, no command)
    if first is not tok and (not _bare_form(first) or any(c.dep_ in ("nsubj", "aux", "mark") for c in first.children)):
        return ""
    return tok.text if _opens_clause(first) else ""


def _kind_noun(tok: "Token") -> "Token":
    """The noun a kind of act is said of: the act noun, or the group it is counted in ("a new wave of unrest")."""
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in KIND_GROUP_NOUNS:
        return tok.head.head
    return tok


def _one_told_act(noun: "Token") -> bool:
    """Whether a singular "a/an" act noun carries what marks one act, not a kind: a crowd count, a day or a site ("A rally
    of several thousand opposition supporters in central Tbilisi", "A rally by several hundred farmers outside the
    akimat"; not "a new wave of unrest", "a protest in Uzbekistan")."""
    if noun.tag_ != "NN" or not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children):
        return False
    phrases = [t for c in noun.children if c.dep_ == "prep" for t in c.subtree]
    return any(t.like_num or t.ent_type_ in ("DATE", "TIME", "FAC") for t in phrases) or any(
        c.dep_ == "prep" and c.lower_ in ("outside", "near", "at") for c in noun.children)


def kind_of_act_rated(tok: "Token") -> str:
    """A kind of act said to be common, rare or likely with a present copula ("Protests are uncommon in
    Uzbekistan", "Analysts say a new wave of unrest is unlikely in the near term", "unauthorised rallies are
    punishable by fines"): no act. Not a definite act ("The protests were illegal", "the rally is peaceful"), nor one
    act told with its crowd or site ("A rally of several thousand supporters in central Tbilisi is illegal").
    Returns the rating word, or ""."""
    noun = _kind_noun(tok)
    copula = noun.head
    if noun.dep_ not in ("nsubj", "nsubjpass") or copula.lemma_.lower() not in COPULAS:
        return ""
    if copula.tag_ not in ("VBZ", "VBP") and not any(c.dep_ == "aux" and c.tag_ == "MD" for c in copula.children):
        return ""
    if any(c.dep_ in ("det", "poss", "amod") and c.lower_ in DEFINITE_WORDS for c in noun.children):
        return ""
    if _one_told_act(tok) or _one_told_act(noun):
        return ""
    rating = next((c for c in copula.children if c.dep_ in ("acomp", "attr") and _among(c, KIND_FREQUENCY_WORDS)), None)
    return rating.text if rating is not None else ""


def _showing_noun(show: "Token") -> "Token | None":
    """The footage a verb of showing belongs to ("A video [purporting / claiming] to show ...", "footage showing ...")."""
    cur = show
    for _ in range(2):
        if cur.dep_ == "acl" and cur.head.pos_ == "NOUN":
            return cur.head
        if cur.dep_ not in ("xcomp", "advcl") or cur.head.lemma_.lower() not in CLAIMED_SHOWING_VERBS:
            return None
        cur = cur.head
    return None


def _passive_claim(shown_by: "Token") -> "Token | None":
    """The passive participle that only claims a showing ("a video said to show", "footage reported to show"); the parser
    may read it as a past tense with the footage as its subject ("video" cannot say)."""
    head = shown_by.head
    if shown_by.dep_ != "xcomp" or head.lemma_.lower() not in PASSIVE_CLAIM_VERBS:
        return None
    footage_said = any(s.lemma_.lower() in FOOTAGE_NOUNS for s in subjects(head))
    return head if head.tag_ == "VBN" or footage_said else None


SEEMING_VERBS = word_set("seeming_verbs")
COPULAS_OF_NAMING = ("be", "prove", "turn")


def _called_fake(footage: "Token") -> bool:
    """Whether a clip is marked or called fake ("a doctored clip", "The video ... is a fake made with artificial
    intelligence", "the clip was a deepfake")."""
    if any(c.dep_ in ("amod", "compound") and _among(c, FAKE_FOOTAGE_MARKS) for c in footage.children):
        return True
    copula = footage.head
    return footage.dep_ == "nsubj" and copula.lemma_.lower() in COPULAS_OF_NAMING and any(
        c.dep_ in ("attr", "acomp", "oprd") and _among(c, FAKE_FOOTAGE_MARKS) for c in copula.children)


def run_by_someone(tok: "Token") -> str:
    """A passive "coordinated" with no partner named ("the channels were 'coordinated and financed from the Russian
    Federation'"): something directed by someone, no cooperation of two sides (not "the raids were coordinated with
    Kazakh police"). Returns the passive subject's word, or ""."""
    if tok.lemma_.lower() != "coordinate" or not is_passive(tok):
        return ""
    if any(c.dep_ == "prep" and c.lower_ in ("with", "between", "among") for w in with_conjuncts(tok) for c in w.children):
        return ""
    done = passive_subjects(tok)
    return done[0].text if done else ""


FORGEABLE_PAPERS = word_set("forgeable_papers")
SPEAKING_ACCOUNTS = word_set("speaking_accounts")
PRETENCE_ADVERBS = word_set("pretence_adverbs")


def fake_account_doer(tok: "Token") -> str:
    """An act done by an account marked fake or a parody ("A parody account styled as the Defence Ministry announced a
    call-up of reservists", "a fake channel of the ministry declared"): the impostor's words, no act of the body it
    mimics (not "the ministry's account announced"). Returns the mark, or ""."""
    for doer in subjects(tok):
        if _among(doer, SPEAKING_ACCOUNTS):
            mark = next((c for c in doer.children if c.dep_ in ("amod", "compound") and _among(c, FAKE_FOOTAGE_MARKS)), None)
            if mark is not None:
                return mark.text
    return ""


def _act_seen_in_fake_clip(tok: "Token") -> str:
    """An act told in a relative clause of a clip where someone only appears to do it, or of a clip called fake ("A
    video in which the president appears to announce Kazakhstan's withdrawal from the bloc is a fake", "a deepfake clip
    in which the minister declares war"), or of a paper called fake ("a letter, in which it supposedly asked Romania to
    send troops, was fake"): what the clip shows, not done (not "a video in which the president announces the
    withdrawal was posted on his website"). Returns the seeming or fake word, or ""."""
    cur, seeming = tok, None
    for _ in range(5):
        if cur.lemma_.lower() in SEEMING_VERBS:
            seeming = cur
        if cur.dep_ == "relcl" and _among(cur.head, FOOTAGE_NOUNS | FORGEABLE_PAPERS):
            seeming = seeming or next((c for c in cur.children if c.dep_ == "advmod" and _among(c, PRETENCE_ADVERBS)), None)
            if seeming is not None:
                return seeming.text
            return "fake" if _called_fake(cur.head) else ""
        if cur.head is cur:
            return ""
        cur = cur.head
    return ""


def _told_in_fake_clip(tok: "Token") -> str:
    """An act a clip shows ("In the 90-second clip, a figure resembling the president declares that Kazakhstan will
    close its border") in a story that calls a clip fake or tells it as only purporting to show an act: the content of
    the forgery, not an act (a clip not called fake keeps what it shows). Returns the clip's word, or ""."""
    verb = clause_verb(tok)
    while verb.dep_ in ("ccomp", "conj", "xcomp") and verb.head is not verb:
        verb = verb.head
    clip = next((o for p in verb.children if p.dep_ == "prep" and p.lower_ == "in" for o in p.children
                 if o.dep_ == "pobj" and _among(o, FOOTAGE_NOUNS)), None)
    if clip is None and verb.lemma_.lower() in SHOWING_VERBS:
        clip = next((s for s in subjects(verb) if _among(s, FOOTAGE_NOUNS)), None)  # ("The clip shows soldiers firing")
    clip = clip or _showing_clip_above(tok)
    if clip is None or _new_clip(clip):
        return ""
    called_fake = any(_among(t, FOOTAGE_NOUNS) and (_called_fake(t) or _passed_off(t) or _claims_to_show(t))
                      for t in tok.doc[:tok.sent.start])
    return clip.text if called_fake else ""


def _showing_clip_above(tok: "Token") -> "Token | None":
    """The clip whose verb of showing holds the act a few clauses down ("The clip ... shows smoke rising while a man
    shouts that mortar rounds are landing": through the "while" clause too)."""
    verb = clause_verb(tok)
    for _ in range(5):
        if verb.lemma_.lower() in SHOWING_VERBS:
            return next((s for s in subjects(verb) if _among(s, FOOTAGE_NOUNS)), None)
        if verb.dep_ not in ("ccomp", "conj", "xcomp", "advcl") or verb.head is verb:
            return None
        verb = verb.head
    return None


def _claims_to_show(clip: "Token") -> bool:
    """Whether a clip is told as only claiming to show something ("A video purporting to show Tajik forces shelling a
    village")."""
    claiming = [c for c in clip.children if c.dep_ in ("acl", "relcl")]
    if clip.dep_ == "nsubj":  # (the parser may hang the claim on the clip's verb: "A video shared ..., purporting to")
        claiming += [c for c in clip.head.children if c.dep_ == "advcl" and c.tag_ == "VBG"]
    return any(c.lemma_.lower() in CLAIMED_SHOWING_VERBS for c in claiming)


def _new_clip(clip: "Token") -> bool:
    """A clip brought in as another one ("In a video released on Tuesday", "in a separate clip"), not the one the
    story called fake."""
    return any(c.dep_ == "det" and c.lower_ in ("a", "an", "another") or c.dep_ == "amod" and c.lower_ in (
        "separate", "new", "other", "second") for c in clip.children)


def fake_clip_content(tok: "Token") -> str:
    """An act (a verb or a noun) that a clip called fake shows, or that someone only appears to do in a clip (README
    round 33: a deepfake's content is no event). Returns the seeming, fake or clip word, or ""."""
    return _act_seen_in_fake_clip(tok) or _told_in_fake_clip(tok)


def _passed_off(clip: "Token") -> bool:
    """Whether a clip is told as shared or presented as footage of something else ("A video shared this week as footage
    of border guards exchanging fire was filmed during an exercise")."""
    return any(c.dep_ == "acl" and any(p.dep_ == "prep" and p.lower_ == "as" and any(
        o.dep_ == "pobj" and _among(o, FOOTAGE_NOUNS) for o in p.children) for p in c.children) for c in clip.children) \
        or clip.dep_ == "nsubj" and any(p.dep_ == "prep" and p.lower_ == "as" and any(
            o.dep_ == "pobj" and _among(o, FOOTAGE_NOUNS) for o in p.children) for p in clip.head.children)


def _footage_passed_off_as(tok: "Token") -> str:
    """An act in footage that something is only shared or presented as ("A video shared on TikTok as footage of border
    guards exchanging fire was filmed during an exercise"): what the clip is passed off as, not told as done (not
    "Footage of border guards exchanging fire was shared on TikTok"). Returns "as", or ""."""
    if tok.dep_ == "pcomp" and tok.head.lower_ == "of":
        footage = tok.head.head
    elif tok.dep_ == "acl":
        footage = tok.head  # ("as footage showing ...")
    else:
        return ""
    if footage.lemma_.lower() not in FOOTAGE_NOUNS and footage.lower_ not in FOOTAGE_NOUNS:
        return ""
    return footage.head.text if footage.dep_ == "pobj" and footage.head.lower_ == "as" else ""


def _claim_before_to(verb: "Token") -> "Token | None":
    """The claim word just before an infinitive's "to", whatever the parser made of it ("A video circulating on Telegram
    purports to show ...", with "purports" taken for a noun). None if there is none."""
    to = next((c for c in verb.children if c.dep_ == "aux" and c.lower_ == "to" and c.i > 0), None)
    before = verb.doc[to.i - 1] if to is not None else None
    return before if before is not None and before.lemma_.lower() in CLAIMED_SHOWING_VERBS else None


def claimed_footage(tok: "Token") -> str:
    """An act shown in footage that only claims to show it, or that is marked as fake ("A video purporting to show
    Tajik forces shelling a Kyrgyz village on Saturday night was filmed in 2022", "Footage claiming to show
    Azerbaijani troops firing on an Armenian village is fake", "a doctored clip showing drones striking a depot"):
    not told as done (real footage, "footage showed police beating protesters", stays). Returns the claim word, or
    ""."""
    if (passed_as := _footage_passed_off_as(tok)):
        return passed_as
    shown_by = tok.head if tok.dep_ in ("ccomp", "dobj", "xcomp") else None
    if tok.dep_ == "acl" and tok.head.dep_ in ("dobj", "pobj"):
        shown_by = tok.head.head  # "purporting to show Tajik forces shelling": the gerund hung on the shown noun
    if shown_by is None or shown_by.lemma_.lower() not in SHOWING_VERBS:
        return ""
    claim = next((h for h in (shown_by.head,) if shown_by.dep_ in ("xcomp", "advcl")
                  and h.lemma_.lower() in CLAIMED_SHOWING_VERBS), None) or _passive_claim(shown_by) or _claim_before_to(shown_by)
    if claim is not None:
        return claim.text
    footage = _showing_noun(shown_by)
    if footage is not None and footage.lemma_.lower() in FOOTAGE_NOUNS:
        fake = next((c for c in footage.children if c.dep_ in ("amod", "compound") and _among(c, FAKE_FOOTAGE_MARKS)), None)
        return fake.text if fake is not None else ""
    return ""


EXHIBIT_NOUNS = word_set("exhibit_nouns")
EXHIBIT_CONTEXT_WORDS = word_set("exhibit_context_words")
EXHIBIT_TEXT_NOUNS = word_set("exhibit_text_nouns")
EXHIBIT_SHOWING_VERBS = word_set("exhibit_showing_verbs")
EXHIBIT_TELLING_VERBS = word_set("exhibit_telling_verbs")
EXHIBIT_SAYING_VERBS = {"say", "state", "note", "read"}
SONG_WORDS = word_set("song_words")
EXHIBITED_DOCUMENT_NOUNS = word_set("exhibited_document_nouns")
EXHIBIT_PLACING_VERBS = word_set("exhibit_placing_verbs")


def _exhibit_teller(word: "Token") -> "Token | None":
    """The exhibit that shows or tells what a clause says, when `word` is its verb ("One room reconstructs a trench",
    "A diorama shows soldiers ...", "the captions say", "the panels explain") or "according to" one ("according to the
    exhibition's guide"): a room, a hall or a diorama shows; only a text of the exhibit (captions, panels, plaques, a
    guide) tells (not "the museum said it was hit"). Returns the exhibit's word, or None."""
    lemma = word.lemma_.lower()
    if word.lower_ == "according":
        tellers = [o for t in word.children if t.lower_ == "to" for o in t.children if o.dep_ == "pobj"]
    elif lemma in EXHIBIT_SHOWING_VERBS or lemma in EXHIBIT_TELLING_VERBS:
        tellers = [s for s in word.children if s.dep_ == "nsubj"]
    else:
        return None
    texts = EXHIBIT_TEXT_NOUNS | EXHIBIT_NOUNS
    if word.lower_ == "according" or lemma in EXHIBIT_SAYING_VERBS:
        texts = EXHIBIT_TEXT_NOUNS  # (a room or a hall "shows" or "tells the story of"; only a text "says")
    elif lemma not in EXHIBIT_SHOWING_VERBS:
        texts = texts - {"museum"}  # ("The museum described how it was hit": its own news)
    for t in tellers:
        if _among(t, texts) and (t.lemma_.lower() != "guide" or any(
                _among(c, EXHIBIT_NOUNS | {"audio"}) for c in t.children if c.dep_ in ("poss", "compound", "amod"))) \
                and _at_an_exhibition(word):
            return t
    return None


def _at_an_exhibition(word: "Token") -> bool:
    """Whether the story, up to the end of a word's sentence, names a museum or an exhibition ("A new hall about the
    2020 war opened at a Baku museum on Thursday. ... One room reconstructs ..."; not "according to the text published
    on the presidential website", nor "the UN panel said" in a story of no exhibition)."""
    return any(_among(t, EXHIBIT_CONTEXT_WORDS) for t in word.doc[:word.sent.end])


def exhibit_content(tok: "Token") -> str:
    """An act a museum exhibit shows or its captions tell ("One room reconstructs a trench near Fuzuli, where, the
    captions say, Azerbaijani units came under heavy fire", "A diorama shows soldiers coming under artillery fire,
    according to the exhibition's guide", "An exhibition ... recreates a street in Stalingrad, where, the panels
    explain, Soviet troops were shelled"): depicted content, no news (README, round 26). The act is depicted when its
    sentence has such a teller that is not a clause describing something the act hits ("Missiles struck the museum,
    whose panels show the siege" stays an attack). Returns the exhibit's word, or ""."""
    if (document := _exhibited_document(tok)) is not None:
        return document.text
    verb = clause_verb(tok)
    doc = tok.doc
    for word_i, teller_i in _exhibit_tellers(tok.sent[0]):
        word = doc[word_i]
        if verb in word.ancestors and word.dep_ not in ("parataxis", "prep", "advcl"):
            continue  # the exhibit is described inside the act's clause (not "..., the captions say, ...")
        return doc[teller_i].text
    return ""


def _exhibited_document(tok: "Token") -> "Token | None":
    """The document an act is told by when the document is set out in a show ("Curators have placed a telegram from the
    Soviet organising committee rejecting the boycott as a provocation", "The hall displays a letter ordering the
    deportation"): the participle hangs on the document, the object of a verb that sets it out, in a story of a museum
    or an exhibition (not "Iran sent a letter to the council on Monday rejecting the accusations"). Returns the
    document, or None."""
    document = tok.head
    if tok.dep_ != "acl" or tok.tag_ != "VBG" or document.lemma_.lower() not in EXHIBITED_DOCUMENT_NOUNS \
            or document.dep_ not in ("dobj", "nsubjpass") or document.head.lemma_.lower() not in EXHIBIT_PLACING_VERBS:
        return None
    return document if _at_an_exhibition(tok) else None


INDIFFERENCE_WORDS = word_set("indifference_words")


def indifferent_condition(tok: "Token") -> str:
    """An act in a clause set out as making no difference to another ("any permanent member can block a resolution
    regardless of how many of the 15 members support it", "no matter how many members back it"): a condition put in
    general, no act. Returns the word that sets it out, or ""."""
    for a in tok.ancestors:
        if a.lower_ in INDIFFERENCE_WORDS or (a.lower_ == "matter" and any(c.lower_ == "no" for c in a.children)):
            return a.text
    return ""


@per_token
def _exhibit_tellers(first: "Token") -> tuple[tuple[int, int], ...]:
    """The places of (word, its exhibit) for each word of the sentence `first` opens that has an `_exhibit_teller`."""
    return tuple((word.i, teller.i) for word in first.sent if (teller := _exhibit_teller(word)) is not None)


def sung_words(tok: "Token") -> str:
    """An act told in the words of a song sung or quoted in a concert or festival report ("fans singing the chorus,
    'they took the land but not the song'", "joined in the refrain 'they burned our villages, but we are still
    here'"): a lyric, no act. The quotation the trigger stands in is opened or closed next to a word of songs. Returns
    that word, or ""."""
    if not in_quotation(tok):
        return ""
    sent = tok.sent
    marks = [t.i for t in sent if t.text in QUOTATION_MARKS]
    opening = max((i for i in marks if i < tok.i), default=None)
    closing = min((i for i in marks if i > tok.i), default=None)
    near: list["Token"] = []
    if opening is not None:
        near += [t for t in tok.doc[max(sent.start, opening - 4):opening] if not t.is_punct]
    if closing is not None:
        near += [t for t in tok.doc[closing + 1:min(sent.end, closing + 5)] if not t.is_punct]
    word = next((t for t in near if _among(t, SONG_WORDS)), None)
    return word.text if word is not None else ""


def agenda_of_gathering(tok: "Token") -> str:
    """A gathering as the subject of a talk verb: its agenda, no party's promise to meet ("A session at next week's
    conference in Tashkent will discuss the threat from Islamic State-Khorasan Province", "the panel will examine").
    Returns the gathering's word, or ""."""
    gathering = next((s for s in subjects(tok) if _among(s, AGENDA_GATHERINGS)), None)
    return gathering.text if gathering is not None else ""


SEMINAR_NAMED = re.compile(r"\b(?:" + "|".join(sorted((re.escape(w).replace(r"\ ", r"\s+")
                                                      for w in word_set("expert_gatherings")), key=len, reverse=True))
                           + r")s?\b", re.IGNORECASE)


TALKING_PANELS = word_set("talking_panels")


def experts_exchange(tok: "Token") -> str:
    """A talk verb whose subject is experts, a gathering of experts, or the participants of a seminar or round table the
    story names ("a conference of military historians discussed the lessons of the war", "Participants discussed
    programmes for returnees"): an exchange of views of no party, no consultation (not "the foreign ministers
    discussed"). Returns the subject's word, or ""."""
    for subj in subjects(tok):
        if _among(subj, TALKING_PANELS) and not any(w.ent_type_ in ("NORP", "GPE", "ORG", "PERSON") for w in subj.subtree):
            return subj.text  # "Panels discussed the Black Sea grain deal and prisoner exchanges"
        if any(w.ent_type_ in ("NORP", "GPE", "ORG", "PERSON") or w.pos_ == "PROPN" for w in subj.subtree):
            continue  # ("Kyrgyz and Tajik experts discussed the border": the states' own experts)
        if _among(subj, WORDY_SIDES) or (_among(subj, AGENDA_GATHERINGS) and any(
                _among(w, WORDY_SIDES) for w in subj.subtree if w.i != subj.i)):
            return subj.text
        if subj.lemma_.lower() == "participant" and SEMINAR_NAMED.search(nlp.doc_text(tok.doc)):
            return subj.text
    return ""


def _court_above(tok: "Token") -> "Token | None":
    """The court or judge that does an act, or that orders it ("Tbilisi City Court rejected ...", "the court ordered
    the company to withdraw ...")."""
    cur = tok
    for _ in range(4):  # ("ordered a company to withdraw its advertising and rejected its counterclaim")
        court = next((w for s in subjects(cur) for w in [s] + [c for c in s.children if c.dep_ == "compound"]
                      if w.lemma_.lower() in COURT_WORDS), None)  # ("Judge Nino Gelashvili ... ordered")
        if court is not None:
            return court
        if cur.dep_ == "acl" and cur.head.dep_ == "dobj":
            cur = cur.head.head  # the parser hangs the second act on the first one's motion ("granted a request to
            continue  # hear two witnesses behind closed doors and rejected a defence motion": 'rejected' under 'hear')
        if cur.dep_ not in ("xcomp", "ccomp", "conj") or cur.head.i == cur.i:
            return None
        cur = cur.head
    return None


def civil_ruling(tok: "Token") -> str:
    """A court's ruling in a dispute between firms or people ("Tbilisi City Court rejected a counterclaim by a Kakheti
    winery and ordered it to withdraw its label", "A Tashkent court rejected a lawsuit in which an Uzbek textile firm
    had accused its Chinese supplier"): no political act. The sentence names a civil claim and a firm (or a
    counterclaim). A court that frees, releases or bails someone is no civil ruling ("A Tashkent court freed a
    businessman who had spent three months in pre-trial detention"). Returns the word that makes it civil, or ""."""
    if _court_above(tok) is None or tok.lemma_.lower() in RELEASE_LEMMAS:
        return ""
    words = [t for t in tok.sent]
    claim = next((t for t in words if t.lemma_.lower() in CIVIL_CLAIM_NOUNS or t.lower_ in CIVIL_CLAIM_NOUNS), None)
    firm = next((t for t in words if t.lemma_.lower() in PRIVATE_LITIGANTS), None)
    if firm is not None and claim is not None:
        return firm.text
    if claim is not None and claim.lemma_.lower() in ("counterclaim", "counter-claim"):
        return claim.text
    return ""


def trial_party_motion_refused(tok: "Token") -> str:
    """A court refusing a motion of a party to the trial ("The district court rejected a request by the defence to move
    him to house arrest", "the judge dismissed the lawyers' appeal"): court procedure, no REJECT. A state's request that
    a court turns down stays coded. Returns the party's word, or ""."""
    if _court_above(tok) is None:
        return ""
    for motion in (c for c in tok.children if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in COURT_MOTION_NOUNS):
        party = next((w for w in motion.subtree if w.i != motion.i and w.lemma_.lower() in TRIAL_PARTIES), None)
        if party is None and _definite(motion):
            party = _party_asking_before(tok)
        if party is not None:
            return party.text
    return ""


def _definite(noun: "Token") -> bool:
    """"the motion", "that request": a motion already told."""
    return any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in noun.children)


def _party_asking_before(tok: "Token") -> "Token | None":
    """A party to the trial that is the subject of a clause earlier in the sentence ("The defence had asked for the
    hearing to go ahead; the judge refused the motion"): whose the motion refused is."""
    return next((w for w in tok.doc[tok.sent.start:tok.i] if w.lemma_.lower() in TRIAL_PARTIES
                 and w.dep_ in ("nsubj", "nsubjpass")), None)


def _reporters(verb: "Token") -> list["Token"]:
    """The subjects of the verb of saying a clause hangs from ("Qarmet said it ... would cooperate")."""
    cur = verb
    for _ in range(4):
        if cur.dep_ in ("ccomp", "parataxis") and cur.head.i != cur.i:
            return subjects(cur.head)
        if cur.dep_ not in ("conj", "xcomp") or cur.head.i == cur.i:
            return []
        cur = cur.head
    return []


def pledge_to_inquiry(tok: "Token", index: MentionIndex) -> str:
    """A firm's or a person's pledge to work with those who investigate ("Qarmet said it had halted work in the
    affected section and would cooperate fully with investigators"): no cooperation between parties; a state, an
    organisation or a mission that says so is coded ("The OSCE mission in Tbilisi said it would cooperate fully with
    the Georgian investigation"). Returns the investigators' word, or ""."""
    inquiry = next((o for o in prep_objects(tok, ("with",)) if _among(o, INQUIRY_WORDS)), None)
    if inquiry is None:
        return ""
    doers = subjects(tok) + _reporters(tok)
    if any(is_state(m.entity) and m.kind != "pronoun" for m in index.in_tokens(doers)) or _party_head(
            [d for d in doers if d.pos_ != "PRON"], index):
        return ""
    return inquiry.text


def appeal_for_donations(tok: "Token", index: MentionIndex) -> str:
    """An appeal to the public for donations ("The Red Crescent Society of Kyrgyzstan appealed on Friday for donations
    to help 600 families"): no request to a party, like a state's appeal to its own citizens. Not an appeal to a
    party ("appealed to the UN for donations"), nor a state's appeal or one to donors ("Tajikistan's government
    appealed to international donors for contributions"). An appeal told as a noun may have what it asks for hung on
    its verb ("launched an appeal to the public for donations"). Returns the word of what is asked for, or ""."""
    askers = [tok, tok.head] if tok.pos_ == "NOUN" and tok.dep_ == "dobj" else [tok]
    asked_for = next((o for a in askers for o in prep_objects(a, ("for",)) if o.lemma_.lower() in DONATION_WORDS), None)
    if asked_for is None:
        return ""
    addressees = objects(tok) + prep_objects(tok, ("to", "on", "upon"))
    if any(a.lemma_.lower() not in PUBLIC_WORDS and _names_a_party([a], index) for a in addressees):
        return ""
    if any(_among(a, DONOR_ADDRESSEES) or any(c.lower_ == "international" for c in a.children) for a in addressees):
        return ""
    if any(is_state(m.entity) and m.kind != "pronoun" for m in index.in_tokens(
            [t for s in subjects(tok) for t in s.subtree])):
        return ""
    return asked_for.text


def exhorted_act(tok: "Token") -> str:
    """An act that a call or an appeal calls for ("oblige social networks to remove calls to join unsanctioned
    protests"), also when the parser hangs the infinitive on the verb: what is called for, not done. Not a call
    heeded, answered or followed ("teachers heeded the union's call to strike on Monday": the strike is done).
    Returns the noun, or ""."""
    if not to_infinitive(tok) or tok.i < 2:
        return ""
    noun = tok.doc[tok.i - 2]
    if tok.doc[tok.i - 1].lower_ == "to" and noun.pos_ == "NOUN" and noun.lower_ in EXHORTATION_NOUNS:
        heeder = noun.head.head if noun.dep_ == "pobj" else noun.head
        return noun.text if heeder.lemma_.lower() not in HEEDING_VERBS else ""
    return ""


def figurative_battle(tok: "Token") -> str:
    """A battle or a war that is a figure of speech, fought or named with a mark of one ("The real battle was fought
    long before the campaign began", "fought a legal battle", "a propaganda war"). Returns the mark, or ""."""
    if tok.pos_ == "NOUN":
        battles = [tok] if tok.lemma_.lower() in BATTLE_NOUNS else []
    elif tok.lemma_.lower() in FIGHTING_LEMMAS:
        fought = passive_subjects(tok) if is_passive(tok) else objects(tok)
        battles = [b for b in fought if b.lemma_.lower() in BATTLE_NOUNS]
    else:
        battles = []
    mark = next((c for b in battles for c in b.children
                 if c.dep_ in ("amod", "compound") and c.lower_ in FIGURATIVE_BATTLE_MARKS), None)
    if mark is None:
        waged = [tok.head] if tok.pos_ == "NOUN" and tok.dep_ == "dobj" else []  # (the parser may hang the foe on the
        # verb: "launched an offensive [against illiteracy]")
        mark = next((foe for b in battles + [tok] + waged for foe in war_on_nature(b)), None)
    return mark.text if mark is not None else ""


def war_on_nature(battle: "Token") -> list["Token"]:
    """The natural force or the social ill a war or a battle is fought against ("a war against the elements",
    "fighting the battle against the floods", "launched an offensive against illiteracy among imams"): no enemy, a
    figure of speech. Returns those words (none for "a war against the rebels")."""
    return [o for o in prep_objects(battle, ("against", "with"))
            if o.lemma_.lower() in NATURAL_ADVERSARIES or o.lower_ in NATURAL_ADVERSARIES]


def quoted_thing_doer(tok: "Token", index: MentionIndex) -> str:
    """The thing a quoted "it" stands for when the quotation's clause before it has that thing as its subject ('"This
    bill does not fight riots, it fights citizens," said X'): a law or a thing does not act. Returns the thing, or
    ""."""
    doers = [s for s in tok.children if s.dep_ in ("nsubj", "nsubjpass")]
    if len(doers) != 1 or doers[0].lower_ != "it" or not in_quotation(tok):
        return ""
    before = [t for t in tok.sent if t.i < doers[0].i and t.dep_ in ("nsubj", "nsubjpass") and t.pos_ == "NOUN"
              and in_quotation(t)]
    if not before or index.at(before[-1]) is not None:
        return ""
    thing = before[-1]
    lemma = thing.lemma_.lower()
    if lemma not in LAWS_AND_MEASURES and (lemma in ACTOR_NOUNS or thing.lower_ in ACTOR_NOUNS
                                           or lemma.endswith(("er", "or", "ist", "ian", "man"))):
        return ""  # ('"The army does not attack civilians, it attacks terrorists"': an actor)
    return thing.text


def _gathering(noun: "Token") -> bool:
    """A gathering's word, or a name whose last word is one ("the Tashkent Security Dialogue", "a forum")."""
    return noun.lemma_.lower() in AGENDA_GATHERINGS or noun.lower_ in AGENDA_GATHERINGS


def forum_invitation(tok: "Token", index: MentionIndex) -> str:
    """People who are no named party invited to a forum or a conference by no one named ("Diplomats, military experts
    and researchers from more than 30 countries have been invited to the Tashkent Security Dialogue"): part of the
    preview of a meeting, no offer to a party (not "invited Pezeshkian to a forum in December", nor "Pashinyan invited
    the leaders of all parties to consultations": an inviter's offer). Returns the gathering, or ""."""
    if not is_passive(tok) or agents(tok):
        return ""
    where = next((o for o in prep_objects(tok, ("to",)) if _gathering(o)), None)
    if where is None and not prep_objects(tok, ("to",)):  # ("..., which is organising the Tashkent Security Dialogue,
        # said diplomats ... from more than 30 countries had been invited": the gathering the sentence names)
        where = next((t for t in tok.sent if t.pos_ in ("NOUN", "PROPN") and _gathering(t)), None)
    if where is None:
        return ""
    invited = _askees(tok)
    if not invited or _names_a_party(invited, index) or any(
            t.pos_ == "PROPN" or t.ent_type_ == "PERSON" for w in invited for t in w.subtree):
        return ""
    return where.text


def deed_naming_targets(tok: "Token", verb: "Token") -> str:
    """An undated past deed in a "who" clause that tells whom a step not yet taken would hit ("it must freeze the
    assets of the officials who ordered the crackdown", "should punish those who beat journalists"): it names the
    targets, no news of its own. Not a deed told with its site or its toll ("punish the gunmen who fired across the
    river at a border post, wounding a guard"). Returns the people it describes, or ""."""
    if verb.dep_ != "relcl" or verb.tag_ not in ("VBD", "VBN") or not any(
            c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in WH_TAGS for c in verb.children):
        return ""
    if any(t.ent_type_ in ("DATE", "TIME") for t in verb.subtree):
        return ""
    if any(c.dep_ == "prep" and c.lower_ in LOCATIVE_PREPS for c in verb.children) or any(
            c.dep_ == "advcl" and c.tag_ == "VBG" for c in verb.children):
        return ""  # ("punish the gunmen who fired across the Amu Darya at an Uzbek border post, wounding a guard": told)
    people = verb.head
    cur = people
    for _ in range(4):
        if cur.dep_ == "pobj" and cur.head.dep_ == "prep" and cur.head.head.pos_ in ("NOUN", "PROPN"):
            cur = cur.head.head  # "the assets of the officials"
            continue
        break
    if cur.dep_ not in ("dobj", "nsubjpass", "dative") or cur.head.i == tok.i:
        return ""
    return people.text if modality(cur.head).status in ("hypothetical", "future") else ""


def attack_in_words(tok: "Token") -> str:
    """An attack on a measure, a plan or words, which is made in words ("Members of the Ak Zhol faction attacked the
    measure as a step back", "the opposition attacked the budget"), or on anything called something in it ("Critics
    attack these Chinese loans as a debt trap", "Environmental groups attack the pipeline as a threat"), or by people
    who fight only with words (critics, experts, Telegram channels, memes): no force. Returns the thing attacked, or ""."""
    if tok.lemma_.lower() not in ATTACKING_IN_WORDS:
        return ""
    thing = next((o for o in objects(tok) if _among(o, CRITICISED_THINGS)), None)
    if thing is None and objects(tok) and objects(tok)[0].ent_type_ not in ("GPE", "LOC", "FAC") and any(
            c.dep_ == "prep" and c.lower_ == "as" and any(o.dep_ == "pobj" and o.pos_ == "NOUN" and not _among(
                o, ATTACK_MOTIVE_NOUNS) for o in c.children) for c in tok.children):
        thing = objects(tok)[0]  # "Critics attack these Chinese loans as a debt trap": what it is called, in words
        # (not "attacked the convoy as a reprisal": why force was used)
    doers = subjects(tok) or ([tok.head] if tok.dep_ == "acl" else [tok])  # ("a flood of memes attacking the coach")
    if thing is None and objects(tok) and all(_among(_elided_noun(s), WORDY_SIDES) for s in doers):
        thing = objects(tok)[0]  # "Economists attacked the budget": people who fight with words
    return thing.text if thing is not None else ""


ELIDED_NOUN_PRONOUNS = word_set("elided_noun_pronouns")


def _elided_noun(word: "Token") -> "Token":
    """The noun a bare "another" or "others" stands for, from a "one ..." or "some ..." told before it in the sentence
    ("One critic called it ..., while another attacked its length": "critic"); the word itself otherwise."""
    if word.lower_ not in ELIDED_NOUN_PRONOUNS or any(c.dep_ != "punct" for c in word.children):
        return word
    told = [w for w in word.sent if w.i < word.i and w.pos_ == "NOUN"
            and any(c.lower_ in ELIDED_NOUN_PRONOUNS and c.dep_ in ("nummod", "det", "amod") for c in w.children)]
    return told[-1] if told else word


def obstruction_of_nothing(tok: "Token") -> str:
    """A blocking with nothing blocked and no one who blocks ("would face fines and, after repeated violations,
    blocking"): a penalty named, no blockade (not "protesters blocked the road", "the road was blocked"). Returns the
    word, or ""."""
    if tok.pos_ != "VERB" or objects(tok) or passive_subjects(tok) \
            or prep_objects(tok, ("off", "up", "in", "at", "on")):
        return ""
    if any(c.dep_ in ("nsubj", "nsubjpass", "agent", "prt") for c in tok.children):
        return ""
    return tok.text if tok.tag_ == "VBG" and tok.dep_ in ("advcl", "conj", "appos", "dep") else ""


def fight_likened_to_war(tok: "Token") -> str:
    """A fight likened to a war or to soldiers ('"We fought like soldiers defending their border," the captain said',
    '"The boys fought for every ball like it was a war"'): what is compared to a war is not one (not "troops fought like
    lions"). Returns the likeness, or ""."""
    similes = [c for c in tok.children if (c.dep_ == "prep" and c.lower_ == "like") or (c.dep_ == "advcl" and any(
        m.dep_ == "mark" and m.lower_ in ("like", "if", "though") for m in c.children))]
    word = next((t for s in similes for t in s.subtree if _among(t, WAR_LIKENESSES)), None)
    return word.text if word is not None else ""


def _perceived_clause(tok: "Token") -> "Token":
    """The clause a trigger stands in that may hang from a verb of perceiving: the trigger's own verb, or the first of
    coordinated participles ('"see her son killed and his house burned"': "burned" -> "killed"), or the verb of a
    trigger noun ('"hear a shot fired"': "shot" -> "fired")."""
    cur = clause_verb(tok)
    while cur.dep_ == "conj" and cur.head.pos_ in ("VERB", "AUX") and cur.head.dep_ in ("ccomp", "xcomp", "acl", "oprd"):
        cur = cur.head
    return cur


def unperceived_act(tok: "Token") -> str:
    """An act told as what someone hears or sees when the hearing or seeing is denied, wished or yet to come ('"Nobody
    living on this line should ever again hear a shot fired"', '"Nobody here should ever again see a border guard
    killed"', '"No mother should see her son killed and her house burned"'): no act. Not "residents heard shots fired"
    (told as heard), nor an act whose doer only was not seen ("they did not see who fired on a school bus": the firing
    is told). The one check of unseen acts (a trigger verb or noun, and coordinated verbs). Returns the verb of
    perceiving, or ""."""
    clause = _perceived_clause(tok)
    if clause.dep_ not in ("ccomp", "xcomp", "acl", "oprd"):
        return ""
    if any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in WH_TAGS for c in clause.children):
        return ""
    seer = clause.head if clause.dep_ != "acl" else clause.head.head
    if seer.lemma_.lower() not in PERCEPTION_VERBS or (clause.dep_ == "acl" and clause.head.dep_ != "dobj"):
        return ""
    return seer.text if modality(seer).status in ("negated", "hypothetical", "future") else ""


def row_of_wordy_sides(tok: "Token") -> str:
    """A clash among people who fight only with words ("Critics have clashed over the ending", "historians clashed
    over the book"): a row, no fight (not "fans clashed with police"). Returns the side, or ""."""
    sides = subjects(tok) + [o for o in prep_objects(tok, ("with",))]
    if sides and all(s.lemma_.lower() in WORDY_SIDES or s.lower_ in WORDY_SIDES for s in sides):
        return sides[0].text
    return ""


BARE_DENIAL_WORDS = word_set("bare_denial_words")
REPORTED_CONTENT_NOUNS = word_set("report_nouns")
DENYING_LEMMAS = word_set("disputing_lemmas") | {"dismiss"}


def denied_report_content(tok: "Token") -> str:
    """An act told only as the content of reports a speaker denies ("denied reports that Minsk was preparing to close its
    embassy", "said reports that Minsk was preparing to close its embassy were \"not true\""): no act. Not reports
    left standing ("Reports that Minsk would close its embassy alarmed Warsaw"). Returns the denial's word, or ""."""
    report = _report_of_content(tok)
    if report is None:
        return ""
    if report.dep_ == "dobj" and report.head.lemma_.lower() in DENYING_LEMMAS:
        return report.head.text
    if report.dep_ not in ("nsubj", "nsubjpass"):
        return ""
    pred = report.head
    negated = any(c.dep_ == "neg" for c in pred.children)
    judged = next((c for c in pred.children if c.dep_ in ("acomp", "attr") and c.lower_ in BARE_DENIAL_WORDS
                   and (c.lower_ != "true" or negated or any(g.dep_ == "neg" for g in c.children))), None)
    return judged.text if judged is not None else ""


def _report_of_content(tok: "Token") -> "Token | None":
    """The report noun whose content clause `tok` is in ("reports that Minsk was preparing to close ..."), or None."""
    cur = tok
    for _ in range(4):
        if cur.dep_ not in ("xcomp", "acomp", "acl", "ccomp", "conj") or cur.head is cur:
            return None  # ("reports that Minsk was about to expel ...": expel, about, was)
        cur = cur.head
        if cur.lemma_.lower() in REPORTED_CONTENT_NOUNS or cur.lower_ in REPORTED_CONTENT_NOUNS:
            return cur
    return None


def denied_as_untrue(tok: "Token") -> str:
    """A rejection of what was said as merely untrue, with no charge against the one who said it ("a claim Ukraine's
    military rejected as untrue", "dismissed the report as not true", "rejected it as false"): a bare denial, no refusal
    (README: a bare denial is not coded; "as fabrications" counter-accuses). Returns the word, or ""."""
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.lower_ != "as":
            continue
        words = [w for w in prep.subtree if w is not prep and not w.is_punct and w.dep_ not in ("det", "neg", "advmod", "cc")]
        if words and all(w.lower_ in BARE_DENIAL_WORDS for w in words):
            return words[0].text
    after = tok.doc[tok.i + 1:tok.i + 4] if tok.i + 1 < len(tok.doc) else []
    if len(after) >= 3 and after[0].lower_ == "as" and after[1].lower_ == "not" and after[2].lower_ in BARE_DENIAL_WORDS:
        return f"not {after[2].text}"  # "dismissed the report as not true" (the parser hangs "true" on the object)
    return ""


def described_as_accused(tok: "Token") -> str:
    """"Accused of" as a participle that tells who someone is ("listing two Kyrgyz banks accused of helping Moscow
    evade restrictions", "officers accused of smuggling"): a description, not an accusation made in the news.
    Returns the described noun, or ""."""
    if tok.lemma_.lower() in ("accuse", "suspect") and tok.tag_ == "VBN" and _standing_charge_relative(tok):
        return tok.head.text  # ("in the case of six officials, who are accused of organising ...")
    if tok.lemma_.lower() not in ("accuse", "suspect") or tok.tag_ != "VBN" \
            or any(c.dep_ in ("agent", "aux", "auxpass") for c in tok.children):
        return ""  # ("two banks accused by Washington of ...": the accuser is named; "were accused of")
    if tok.dep_ == "acl":
        return tok.head.text
    described = [c for c in tok.children if c.dep_ == "nsubj"]  # (the parser may make the noun the subject of a
    return described[0].text if described and tok.dep_ in ("conj", "advcl") else ""  # bare participle: "..., two banks accused of")


def _standing_charge_relative(tok: "Token") -> bool:
    """A relative clause in the present passive that tells the charge people stand under ("six former officials, who
    are accused of organising the under-declaration of imports between 2021 and 2024"): the same description as
    "officials accused of ...", with no accuser and no day of the accusation (not "who were accused on Monday of
    ...", "who are accused by prosecutors of ...")."""
    if tok.dep_ != "relcl" or any(c.dep_ in ("agent", "aux", "neg") for c in tok.children):
        return False
    be = [c for c in tok.children if c.dep_ == "auxpass"]
    if not be or any(c.tag_ not in ("VBP", "VBZ") for c in be):
        return False
    charge = {w.i for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for w in p.subtree}
    return bool(charge) and not any(w.ent_type_ in ("DATE", "TIME") for w in tok.subtree if w.i not in charge)


CRACKDOWN_NOUNS = word_set("crackdown_nouns")
CRACKDOWN_ORDERING_VERBS = word_set("crackdown_ordering_verbs")


def crackdown_ordered(tok: "Token") -> str:
    """A leader ordering a crackdown on an offence ("Mirziyoyev ordered a crackdown on smuggling", "Tokayev ordered a
    crackdown on illegal migration"): an instruction to his own government, no coercion done (team decision: a leader
    instructing his own government is not coded). A crackdown on named people stays ("ordered a crackdown on the
    protesters"). Returns the ordering verb, or ""."""
    if tok.lemma_.lower() not in CRACKDOWN_NOUNS or tok.dep_ != "dobj" or tok.head.lemma_.lower() not in CRACKDOWN_ORDERING_VERBS:
        return ""
    targets = prep_objects(tok, ("on", "against"))
    if not targets or any(t.lemma_.lower() not in OFFENCE_ACTIVITIES for t in targets):
        return ""
    return tok.head.text


OFFENCE_ACTIVITIES = word_set("offence_activities")
REGULATED_ACTIVITIES = word_set("regulated_activities")
ACTIVITY_GEAR = word_set("activity_gear")


def activity_banned(tok: "Token") -> str:
    """A ban on an activity, with no person, group or state as its target ("the use of nets and boats is prohibited",
    "Fishing with nets will be prohibited in the Volga delta", "banned the burning of stubble"): domestic regulation,
    no coercion or threat (team decision: a fishing ban, hunting quotas are not coded). Returns the activity, or ""."""
    filed = dateline_end(nlp.doc_text(tok.doc))
    banned = [b for b in (passive_subjects(tok) if is_passive(tok) else objects(tok)) if b.idx >= filed]
    banned = banned + [c for b in banned for c in b.children if c.dep_ == "conj"]
    if not banned:
        return ""
    for b in banned:
        word = b.lemma_.lower()
        gear = [g for o in prep_objects(b, ("of", "with")) for g in [o] + [c for c in o.children if c.dep_ == "conj"]]
        if word in REGULATED_ACTIVITIES or (b.tag_ == "VBG" and b.lower_ in REGULATED_ACTIVITIES):
            continue
        if _activity_misread_as_clause(b):
            continue
        if word == "use" and gear and all(g.lemma_.lower() in ACTIVITY_GEAR for g in gear):
            continue
        return ""
    return banned[0].text


def _activity_misread_as_clause(noun: "Token") -> bool:
    """A regulated activity the parser split into a noun and a clause after it ("banned [kilka] [fishing] in its
    sector": "kilka" the object, "fishing" its participle)."""
    return any(c.dep_ == "acl" and c.i == noun.i + 1 and c.tag_ == "VBG" and c.lower_ in REGULATED_ACTIVITIES
               for c in noun.children)


PRINCIPLE_NOUNS = word_set("principle_nouns")
PRINCIPLE_VERBS = word_set("principle_verbs")


def principle_opposed(tok: "Token") -> str:
    """An "oppose" whose objects are only ways of acting in general, with no party named ("its members opposed 'bloc
    thinking and the use of sanctions as a weapon'", "China opposes hegemonism and bloc confrontation in all its
    forms", a banned group that "says it rejects violence"): a standing principle, no disapproval of anyone's deed.
    Returns the first object, or ""."""
    if tok.lemma_.lower() not in PRINCIPLE_VERBS:
        return ""
    held = objects(tok)
    held += [c for o in held for c in o.children if c.dep_ == "conj"]
    held += [c for c in tok.children if c.dep_ == "conj" and c.pos_ == "NOUN"]  # (the parser may hang "and the use of"
    if not held:  # on the verb)
        return ""
    for o in held:
        if any(c.dep_ == "poss" or c.ent_type_ in ("GPE", "NORP", "ORG", "PERSON") for c in o.subtree):
            return ""  # ("opposes the US sanctions", "opposes Japan's militarisation")
        word = o.lemma_.lower()
        if word != "use" and any(c.dep_ in ("acl", "relcl") or (c.dep_ == "det" and c.lower_ != "all") for c in o.children):
            return ""  # a deed in view ("opposes the sanctions", "any attempt", "sanctions imposed by Ukraine")
        if word in PRINCIPLE_NOUNS or (word.endswith("ism") and len(word) > 5):
            continue
        if word == "use" and any(c.dep_ == "prep" and c.lower_ == "as" for c in o.children):
            continue  # "the use of sanctions as a weapon"
        return ""
    return held[0].text


def _present_or_perfect(verb: "Token") -> bool:
    """A verb in the present or the present perfect ("are playing", "have lent", "opposes")."""
    return verb.tag_ in ("VBP", "VBZ") or any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBP", "VBZ") for c in verb.children)


VAGUE_SUMS = word_set("vague_sums")


VAGUE_SUM_MONEY = word_set("vague_sum_money")


def vague_sums_given(tok: "Token") -> str:
    """Money told only as a vague sum over an open span ("Chinese banks have lent billions for railways, smelters and
    power lines", "Gulf donors give millions every year"): a summary of a habit, no loan or gift of the news. Not goods
    ("has sent hundreds of tonnes of humanitarian aid"), nor a sum given in a span of the news ("this week", "on
    Tuesday"). Returns the sum's word, or ""."""
    if not _present_or_perfect(tok) or _in_a_span_of_the_news(tok):
        return ""
    for o in objects(tok):
        if o.lower_ in VAGUE_SUMS and not any(c.dep_ in ("nummod", "quantmod", "compound") for c in o.children) \
                and all(w.lower_ in VAGUE_SUM_MONEY for p in o.children if p.dep_ == "prep" and p.lower_ == "of"
                        for w in p.children if w.dep_ == "pobj"):
            return o.text
    return ""


def _in_a_span_of_the_news(verb: "Token") -> bool:
    """The verb is told with a day or a current span ("this week", "last month", "on Tuesday", "today"): news, not a
    habit."""
    for t in verb.subtree:
        if t.ent_type_ != "DATE":
            continue
        if t.lower_ in WEEKDAYS or t.lower_ in ("today", "yesterday"):
            return True
        if t.lemma_.lower() in ("week", "month") and any(c.lower_ in ("this", "last") for c in t.children):
            return True
    return False


GENERIC_STATE_NOUNS = word_set("generic_state_nouns")


def habit_of_states_at_large(tok: "Token") -> str:
    """What states at large do, told in the present ("governments in the region are playing a patient game of balancing,
    inviting all three powers to summits, signing documents with each"): a habit of no named party, no act of the news.
    Returns the doers' word, or ""."""
    verb = tok
    while verb.dep_ in ("conj", "advcl", "xcomp") and verb.tag_ == "VBG" and verb.head.i != verb.i:
        verb = verb.head
    if not _present_or_perfect(verb):
        return ""
    doers = subjects(verb)
    if doers and all(d.tag_ == "NNS" and d.lemma_.lower() in GENERIC_STATE_NOUNS and not any(
            c.dep_ in ("det", "poss", "nummod", "amod", "compound") for c in d.children) for d in doers):
        return doers[0].text
    return ""


def agreement_describing_a_thing(tok: "Token") -> str:
    """An agreement told only to say what a thing is: a past participle on a noun ("the peace agenda agreed in
    Washington last year", "The package, agreed by EU ambassadors earlier in the week, also bans ...") or an undated
    relative clause ("a project the three states agreed to develop jointly"): the thing described, no new agreement
    (not "the deal that the two sides agreed on Tuesday", nor a participle told with a day of the news period: "A
    ceasefire agreed by Kyrgyz and Tajik border officials late on Tuesday largely held"). Returns the noun described,
    or ""."""
    if tok.lemma_.lower() != "agree" or _participle_news_day(tok):
        return ""
    before = tok.doc[tok.i - 1] if tok.i > 0 else None
    if before is not None and before.pos_ == "NOUN" and tok.tag_ in ("VBD", "VBN") and tok.dep_ not in ("conj", "relcl") \
            and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in tok.children):
        return before.text  # (the participle parsed as a verb with no subject: "the peace agenda agreed in Washington")
    if tok.head.i == tok.i or tok.head.pos_ not in ("NOUN", "PROPN"):
        return ""
    if tok.dep_ == "acl" and tok.tag_ == "VBN":
        return tok.head.text
    if tok.dep_ == "relcl" and not any(t.ent_type_ in ("DATE", "TIME") for t in tok.subtree) and not any(
            c.dep_ == "dobj" for v in (tok, *(c for c in tok.children if c.dep_ == "xcomp")) for c in v.children):
        return tok.head.text  # (the clause lacks the noun it describes: not "the meeting that they had agreed to
        # open two crossings", a complement the parser took for a relative clause)
    return ""


def _participle_news_day(tok: "Token") -> bool:
    """A participle or verb of agreeing told with a day of the news period in its own phrase ("A ceasefire agreed by
    Kyrgyz and Tajik border officials late on Tuesday", "the truce agreed yesterday"): the agreement is news, not a
    description (not "agreed in Washington last year", nor a vague "earlier in the week"). The words after the
    participle up to the next verb or comma count too (the parser may hang "late on Tuesday" on the main verb)."""
    if tok.dep_ not in ("acl", "relcl"):
        return False
    following = []
    for t in tok.doc[tok.i + 1:tok.sent.end]:
        if t.pos_ in ("VERB", "AUX") or t.text in (",", ";", "(", "—", "–"):
            break
        following.append(t)
    return any(t.lower_ in DAY_WORDS - {"overnight"} and t.ent_type_ in ("DATE", "TIME") for t in [*tok.subtree, *following])


CONTINGENCY_VERBS = word_set("contingency_verbs")


def what_it_depends_on(tok: "Token") -> str:
    """An act in an open question that something depends on ("may depend on how Dushanbe shares data with Kyrgyzstan",
    "hinges on whether Baku signs the deal"): a condition, not told as done. Returns the verb of depending, or ""."""
    if not any(c.tag_ in WH_TAGS or (c.dep_ == "mark" and c.lower_ in ("whether", "if")) for c in tok.children):
        return ""
    prep = tok.head if tok.dep_ in ("pcomp", "pobj") else None
    if prep is None or prep.lower_ not in ("on", "upon") or prep.head.lemma_.lower() not in CONTINGENCY_VERBS:
        return ""
    return f"{prep.head.text} {prep.text}"


def medical_sense(tok: "Token") -> str:
    """A medical event named by the word of an attack or an arrest, as the trigger or its doer ("patients who suffer
    cardiac arrest", "went into respiratory arrest", "Every minute counts when a heart attack strikes"): no act.
    Returns the medical phrase, or ""."""
    for w in [tok] + subjects(tok):
        if not _among(w, MEDICAL_EVENTS):
            continue
        mark = next((c for c in w.children if c.dep_ in ("amod", "compound") and _among(c, MEDICAL_MARKS)), None)
        if mark is not None:
            return f"{mark.text} {w.text}"
    return ""


def _plural_noun(noun: "Token") -> bool:
    """Whether a noun names many ("troops", "wolves", "police"), for a pronoun's number agreement."""
    return noun.tag_ in ("NNS", "NNPS") or "Plur" in noun.morph.get("Number") or _among(noun, PLURAL_COLLECTIVES)


def _antecedent(pronoun: "Token") -> "Token | None":
    """The noun a personal pronoun doer most likely stands for: the latest subject of a main clause before it that
    agrees with it in number, in its sentence or up to three sentences back, passing over subjects that are pronouns
    too ("The leopard crossed three borders. 'He is curious and calm. On the first morning he attacked his straw
    ball'"); "they" is never a singular "bear cub" ("Tajik troops shelled Ak-Sai. A bear cub escaped. It was
    recaptured, but on Friday they shelled the village again": the troops)."""
    doc = pronoun.doc
    sent = pronoun.sent
    plural = pronoun.lower_ == "they"
    for _ in range(4):
        mains = [sent.root] + list(sent.root.conjuncts)
        subj = sorted((t for v in mains for t in subjects(v) + passive_subjects(v) if t.i < pronoun.i),
                      key=lambda t: -t.i)
        for s in subj:
            if s.pos_ in ("NOUN", "PROPN") and _plural_noun(s) == plural:
                return s
        if sent.start == 0:
            return None
        sent = doc[sent.start - 1].sent
    return None


def _animal_word(noun: "Token") -> bool:
    """Whether a noun is an animal's common noun, not a name ("the stray dog", "Wolves attacked the flock"; not the
    group "Grey Wolves" or the "Tu-95 Bear"): a capitalised animal word inside a sentence is a name."""
    return _among(noun, ANIMAL_NOUNS) and (noun.i == noun.sent.start or not noun.text[:1].isupper())


def animal_doer(tok: "Token") -> str:
    """An animal as the doer of an attack, also through a pronoun ("the dog attacked a postman", "The snow leopard
    arrived at the zoo on Tuesday. On the first morning he attacked his straw ball", "a wolf pack attacked the
    flock"): no political act. An animal word that names a weapon, a vehicle or a group is no animal ("Tu-95 Bear
    bombers", "Leopard tanks", "the Grey Wolves"). Returns the animal, or ""."""
    for d in agents(tok) if is_passive(tok) else subjects(tok):
        noun = _antecedent(d) if d.lower_ in DOER_PRONOUNS else d
        if noun is None or _among(noun, ACTOR_NOUNS | ARMED_THINGS):
            continue
        if _animal_word(noun) or any(c.dep_ == "compound" and _animal_word(c) for c in noun.children):
            return noun.text
    return ""


def learnt_skill(tok: "Token") -> str:
    """An act named as a skill learnt or known, not done ("The region has learnt to strike deals without Moscow",
    "governments now know how to strike bargains"): no agreement made. Returns the verb of the skill, or ""."""
    if tok.pos_ != "VERB" or tok.dep_ not in ("xcomp", "ccomp", "advcl") or not to_infinitive(tok):
        return ""
    return tok.head.text if _among(tok.head, SKILL_VERBS) else ""


def _on_objects(verb: "Token") -> list["Token"]:
    """What a verb's "on" phrases name, with their conjuncts ("blamed on the dry summer and on high transport costs")."""
    preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "on"]
    preps += [p for c in preps for p in c.conjuncts if p.lower_ == "on"]
    objs = [o for p in preps for o in p.children if o.dep_ == "pobj"]
    return objs + [c for o in objs for c in o.conjuncts]


def blamed_on_thing(tok: "Token", index: MentionIndex) -> str:
    """A passive "blamed on" a thing, with no accuser and no party blamed ("Part of the increase in rice prices is
    blamed on imports", "The rise was blamed on the dry summer"): a cause named, no accusation (not "The attack was
    blamed on Russia", "was blamed on Kazakhstan's export ban", "was blamed by Kyiv on Moscow"). Returns the thing,
    or ""."""
    if tok.lemma_.lower() != "blame" or not is_passive(tok) or agents(tok):
        return ""
    things = _on_objects(tok)
    if not things or _party_head(things, index) or any(
            w.ent_type_ in PARTY_ENTS or _among(w, ACTOR_NOUNS) for w in things):
        return ""
    return things[0].text


def _has_cue(text: str, cues: frozenset[str]) -> str:
    """The first cue phrase found in a text, as whole words ("the Almaty Model United Nations conference"), or ""."""
    words = " " + " ".join(_NOT_WORD_CHARS.sub(" ", text.lower()).split()) + " "
    return next((c for c in _in_order(cues) if f" {c} " in words), "")


_NOT_WORD_CHARS = re.compile(r"[^\w-]|_")  # (what is neither a letter, a digit nor a hyphen)


@functools.cache
def _in_order(cues: frozenset[str]) -> tuple[str, ...]:
    """A list of cues in the order they are tried (alphabetical), sorted once."""
    return tuple(sorted(cues))


def _country_as_role(sent: "Span") -> str:
    """A country played as a role ("Playing the role of Iran at a university simulation"; not "Turkey is playing the
    role of mediator"). Returns the phrase, or ""."""
    if "role" not in nlp.token_table(sent.doc).lemma[sent.start:sent.end]:
        return ""
    for t in sent:
        if t.lemma_.lower() == "role" and t.head.lemma_.lower() == "play" and any(
                o.ent_type_ in ("GPE", "NORP") for o in prep_objects(t, ("of",))):
            return f"{t.head.text} the role of {prep_objects(t, ('of',))[0].text}"
    return ""


def _role_play_held(tok: "Token") -> str:
    """The role-play a trigger's object is ("hosts [a Model UN]"; not "detained three students who had organised a Model
    United Nations session", whose role-play is in a clause on the object, nor "banned a Model United Nations club").
    Returns the cue, or ""."""
    return next((cue for o in objects(tok) if (cue := _has_cue(nlp.span_text(tok.doc[o.left_edge.i:o.i + 1]), ROLE_PLAY_CUES))
                 and cue.split()[-1] == o.lower_), "")


def _real_doer(tok: "Token", index: MentionIndex) -> bool:
    """Whether the doer of a trigger is a real party, not a role: a state body ("Tajik police", "the Interior
    Ministry") or an actor the dictionary knows, named outside quotation marks ("Azerbaijan accused Armenia"; not
    "the 'delegation of Russia' blocked", "'Russia' condemned 'Ukraine'", "a second-year student accused")."""
    doers = agents(tok) if is_passive(tok) else subjects(tok)
    if tok.pos_ == "NOUN":
        doers += [c for c in tok.children if c.dep_ == "poss"]
    for d in doers:
        if in_quotation(d) or _quoted_phrase(d):
            continue
        near = [d] + [c for c in d.children if c.dep_ in ("compound", "amod", "poss", "nmod")]
        if _among(d, STATE_BODY_NOUNS) or any(m.entity.code for t in near if (m := index.at(t)) is not None):
            return True
    return False


def _quoted_phrase(noun: "Token") -> bool:
    """Whether a noun's phrase is set in quotation marks, single ones too, as a role's name is ("the 'delegation of
    Russia'", "'China' threatened")."""
    doc = noun.doc
    left, right = noun.left_edge.i, noun.right_edge.i
    edges = [doc[i] for i in (left - 1, right + 1) if 0 <= i < len(doc)]
    return any(t.text.strip("'‘’\"“”`") == "" and t.text for t in [*doc[left:right + 1], *edges])


def role_play(tok: "Token", index: MentionIndex) -> str:
    """A passage of role-play, where country names are roles ("Students at the Almaty Model United Nations conference
    spent three days condemning aggression", "In the simulated Security Council, the 'delegation of Russia' blocked a
    draft resolution", "Playing the role of Iran at a university simulation ..."): the trigger's sentence, or the
    story's lead (its first two sentences), names the role-play, and the trigger's doer is no real party. A state
    body acting on the role-players is real ("Tajik police detained three students who had organised a Model United
    Nations session"), and so is an act told after a role-play lead with its own actor ("Separately, Kazakh police
    detained 12 activists"). A role-play itself hosted or held is no act either ("Yerevan State University hosts a Model
    UN"). Returns the cue, or ""."""
    if (cue := _role_play_held(tok)):
        return cue
    if _real_doer(tok, index):
        return ""
    return _role_play_in_sentence(tok.sent[0]) or _role_play_in_lead(tok.doc[0])


@per_token
def _role_play_in_sentence(first: "Token") -> str:
    """The role-play cue, or the country played as a role, of the sentence `first` opens, or ""."""
    sent = first.sent
    return _has_cue(nlp.span_text(sent), ROLE_PLAY_CUES) or _country_as_role(sent)


@per_token
def _role_play_in_lead(first: "Token") -> str:
    """The role-play cue of the lead (the first two sentences) of the story `first` opens, or ""."""
    return next((cue for s in itertools.islice(first.doc.sents, 2) if (cue := _has_cue(nlp.span_text(s), ROLE_PLAY_CUES))),
                "")


def cyber_contest(tok: "Token") -> str:
    """A cyber attack or a "capture" in a contest or against a system built to be attacked ("competed in a
    capture-the-flag contest in which they attacked and defended mock government networks", "after breaching all
    five target servers set up for the contest", "At a hackathon, 40 teams tried to hack into a mock bank website"):
    a civil drill, no attack (team decision, round 30). A "test" or "target" system is one only in a sentence that
    names a contest or an exercise (not "Hackers broke into the test servers of Kyrgyzstan's Central Election
    Commission"). Returns the cue, or ""."""
    cue, contest = _cyber_contest_in_sentence(tok.sent[0])
    if cue:
        return cue
    hit = objects(tok) + prep_objects(tok, ("into", "on", "at")) + (passive_subjects(tok) if is_passive(tok) else [])
    mark = next((c for w in hit if _among(w, CYBER_THINGS) for c in w.children
                 if c.dep_ in ("amod", "compound") and _among(c, MOCK_TARGET_MARKS)
                 and (contest or not _among(c, CONTEST_ONLY_MARKS))), None)
    return f"{mark.text} {mark.head.text}" if mark is not None else ""


@per_token
def _cyber_contest_in_sentence(first: "Token") -> tuple[str, bool]:
    """For the sentence `first` opens: the cyber contest cue it names ("capture-the-flag"), or "", and whether it names
    a contest or an exercise."""
    sent = first.sent
    table = nlp.token_table(sent.doc)
    words, lemmas = set(table.lower[sent.start:sent.end]), table.lemma[sent.start:sent.end]
    text = nlp.span_text(sent).lower()
    cue = next((c for c in _in_order(CYBER_CONTEST_CUES) if c in words or ("-" in c and c in text)), "")
    return cue, not (CYBER_EXERCISE_WORDS.isdisjoint(lemmas) and CYBER_EXERCISE_WORDS.isdisjoint(words))

ANONYMITY_WORDS = word_set("anonymity_words")
NAMING_VERBS = word_set("naming_verbs")


def _asked_for_word(w: "Token", tok: "Token") -> bool:
    """The word is what is asked for, reached from the asking verb through verbs and prepositions only ("asked for
    anonymity", "requested anonymity", "asked to remain anonymous"), not an adjective of a noun inside the requested
    act ("asked Russia to extradite the administrator of an anonymous Telegram channel")."""
    if w.dep_ in ("amod", "compound", "nmod"):
        return False
    step = w.head
    while step.i != tok.i:
        if step.pos_ in ("NOUN", "PROPN", "PRON") or step.head is step:
            return False
        step = step.head
    return True


PERSONAL_FAVOURS = word_set("personal_favours")
FAVOUR_ASKING_VERBS = word_set("favour_asking_verbs")


def personal_favour_asked(tok: "Token") -> str:
    """A guest asking for a recipe, an autograph or a photograph ("one of the presidents asked for the recipe for his
    own cook"): a courtesy between people, no request to a party (not "asked for the extradition of a banker").
    Returns the thing asked for, or ""."""
    if tok.lemma_.lower() not in FAVOUR_ASKING_VERBS:
        return ""
    asked = objects(tok) + prep_objects(tok, ("for",))
    return next((w.text for w in asked if _among(w, PERSONAL_FAVOURS)), "")


def anonymity_asked(tok: "Token") -> str:
    """A source asking not to be named, the stock phrase of a quotation ("said one rice seller, who asked that his name
    not be used", "who asked not to be named", "asked for anonymity"): no request to any party. The anonymity word
    must be what is asked for, or the naming clause must be negated. Returns the cue, or ""."""
    if tok.lemma_.lower() not in ("ask", "request", "demand", "insist"):
        return ""
    for w in tok.subtree:
        if w.i == tok.i:
            continue
        if (w.lemma_.lower() in ANONYMITY_WORDS or w.lower_ in ANONYMITY_WORDS) and _asked_for_word(w, tok):
            return w.text
        if w.lower_ in ("name", "names") and w.dep_ in ("nsubjpass", "dobj", "nsubj") \
                and w.head.i in (tok.i, *(c.i for c in tok.children)) \
                and any(c.dep_ == "neg" for c in w.head.children):  # ("that his name not be used")
            return w.text
        if w.lemma_.lower() in NAMING_VERBS and w.head.i in (tok.i, *(c.i for c in tok.children)) \
                and any(c.dep_ == "neg" for c in w.children):
            return w.text
    return ""


ONLINE_VENUES = word_set("online_venues")


def protest_online(tok: "Token") -> str:
    """Complaints posted on the internet ("Some players protested on forums that ...", "Viewers protested on social
    media", "fans protested online"): no demonstration. Returns the venue, or ""."""
    if any(c.dep_ == "advmod" and c.lower_ == "online" for c in tok.children):
        return "online"
    venue = next((o for o in prep_objects(tok, ("on", "in", "across", "via"))
                  if (o.lemma_.lower() in ONLINE_VENUES or o.lower_ in ONLINE_VENUES) and _online_marked(o)), None)
    return venue.text if venue is not None else ""


def _online_marked(venue: "Token") -> bool:
    """A venue word that is online on its own ("on forums", "on Telegram"), or a platform, network or media word with an
    online mark ("on social media", "on online platforms"); not a place ("on the platform of Bishkek's main railway
    station", "in the media centre")."""
    if venue.lemma_.lower() not in MARKED_ONLINE_VENUES and venue.lower_ not in MARKED_ONLINE_VENUES:
        return True
    return any(c.dep_ in ("amod", "compound") and c.lower_ in ONLINE_MARKS for c in venue.children)


MARKED_ONLINE_VENUES = word_set("marked_online_venues")
ONLINE_MARKS = word_set("online_marks")


IMPACT_VERBS = word_set("impact_verbs")
IMPACT_SUPERLATIVES = word_set("impact_superlatives")


def hardest_hit(tok: "Token") -> str:
    """A superlative of harm among a set ("with manufacturing, construction and transport hardest hit", "the worst-hit
    regions"): how badly each was touched, no attack. Returns the degree word, or ""."""
    if tok.lemma_.lower() not in IMPACT_VERBS:
        return ""
    doc = tok.doc
    before = doc[tok.i - 2] if tok.i > 1 and doc[tok.i - 1].text in ("-", "–") else None
    degree = next((c for c in tok.children if c.dep_ == "advmod" and c.lower_ in IMPACT_SUPERLATIVES), before)
    return degree.text if degree is not None and degree.lower_ in IMPACT_SUPERLATIVES else ""


ECONOMIC_TROUBLE_NOUNS = word_set("economic_trouble_nouns")


def economic_warning(tok: "Token") -> str:
    """A warning whose content is the state of the economy ("has repeatedly warned that the shortage of workers is
    holding back growth", "warned that inflation would stay high"): a forecast, no threat to anyone. Not a warning of
    what sanctions or a party would do ("warned that sanctions would hurt the economy"). Returns the noun, or ""."""
    for clause in (c for c in tok.children if c.dep_ == "ccomp"):
        said = next((s for s in clause.children if s.dep_ in ("nsubj", "nsubjpass")), None)
        if said is not None and said.lemma_.lower() in ECONOMIC_TROUBLE_NOUNS:
            return said.text
    return ""


def signed_off(tok: "Token") -> str:
    """"Sign (someone) off", a doctor's release from care or from work ("as soon as the doctors sign me off"): no
    signature of a document (not "signed off on the deal"). Returns "off", or ""."""
    if tok.lemma_.lower() != "sign" or prep_objects(tok, ("on",)):
        return ""
    return next((c.text for c in tok.children if c.dep_ in ("prt", "advmod") and c.lower_ == "off"), "")


VISITED_SITES = word_set("visited_sites")


def own_site_visited(tok: "Token", index: MentionIndex) -> str:
    """A leader or minister visiting a building, a plant, a hospital or a school ("Health Minister X visited the new
    cardiology wing", "President Mirziyoyev visited a textile factory in Namangan and toured its new workshops"): an
    inspection at home, no host of another party (round-30 team decision). Not when another state, a foreign city or
    a person is named in the clause ("visited a plant in Minsk", "visited the factory with Putin"). Returns the site, or
    ""."""
    if tok.lemma_.lower() not in ("visit", "tour", "inspect"):
        return ""
    sites = [o for o in objects(tok) if o.lemma_.lower() in VISITED_SITES or o.lower_ in VISITED_SITES]
    if not sites and tok.dep_ == "conj" and tok.head.lemma_.lower() in ("visit", "tour", "inspect"):
        return own_site_visited(tok.head, index)  # ("visited a new school in Talas and toured its classrooms")
    if not sites:
        return ""
    doers, clause = subjects(tok), set()
    if tok.dep_ == "relcl" and doers and all(d.tag_ in ("WP", "WDT") for d in doers):
        doers, clause = [tok.head], {w.i for w in tok.subtree}  # ("the minister, who toured a testing centre in Osh")
    own = {m.entity.code for d in doers for w in d.subtree if w.i not in clause and (m := index.at(w)) is not None} - {""}
    if clause and not own and not any(w.ent_type_ == "PERSON" for w in tok.subtree):
        return sites[0].text  # (a minister of no named state "who toured a centre in Astana": at home)
    if own & {"IGO", "UNO", "EUR", "NGO"}:  # (a bloc's envoy touring "the rebuilt building in Chernihiv" visits a host)
        return ""
    for w in tok.subtree:
        if w.i == tok.i or any(w.i == d.i or w.i in {x.i for x in d.subtree} for d in subjects(tok)):
            continue
        if w.ent_type_ == "PERSON":
            return ""
        m = index.at(w)
        if m is not None and m.entity.code and (not own or m.entity.code not in own):
            return ""
    return sites[0].text


GREETING_PRIVATE_PEOPLE = PRIVATE_CIRCLES | word_set("greeting_crowds")


def met_by_private_people(tok: "Token") -> str:
    """People freed or arriving who "were met by relatives at the gates", "greeted by family members and met by
    journalists": a welcome, no meeting of parties. Returns the greeters' word, or ""."""
    if tok.lemma_.lower() not in ("meet", "greet", "welcome") or not agents(tok):
        return ""
    greeters = list(agents(tok))
    greeters += [c for a in greeters for c in a.conjuncts if c not in greeters]
    if not all(_private_greeter(a) for a in greeters):  # (not "by Tajik President Emomali Rahmon and children")
        return ""
    return greeters[0].text


def _private_greeter(a: "Token") -> bool:
    """A greeter who is a private person or a crowd ("relatives", "family members", "journalists")."""
    return any(w.lemma_.lower() in GREETING_PRIVATE_PEOPLE or w.lower_ in GREETING_PRIVATE_PEOPLE
               for w in (a, *(c for c in a.children if c.dep_ in ("compound", "amod"))))


PROSECUTION_NOUNS = word_set("prosecution_nouns")


def sentence_sought(tok: "Token") -> str:
    """A prosecutor asking a court for a penalty ("Prosecutors have asked for life sentences for the four men", "the
    prosecutor asked the court to sentence the former official to 12 years"): a step of court procedure, no request
    between parties. Returns the penalty's word, or ""."""
    if tok.lemma_.lower() not in ("ask", "request", "seek", "demand", "call", "urge"):
        return ""
    doers = agents(tok) if is_passive(tok) else subjects(tok)
    addressees = objects(tok)
    if not any(d.lemma_.lower() in PROSECUTION_NOUNS for d in doers) \
            and not any(a.lemma_.lower() in ("court", "judge", "jury") for a in addressees):
        return ""
    asked = prep_objects(tok, ("for",)) + addressees + [c for c in tok.children if c.dep_ in ("xcomp", "ccomp")]
    hit = next((w for a in asked for w in (a, *a.children) if w.lemma_.lower() in PENALTY_NOUNS), None)
    return hit.text if hit is not None else ""


def vow_not_to_forgive(tok: "Token") -> str:
    """"We will never forgive", "I will not forgive those who did this": grief or anger, no refusal of an apology
    offered by a party. Returns the negation, or ""."""
    if tok.lemma_.lower() != "forgive":
        return ""
    neg = next((c for c in tok.children if c.dep_ == "neg"), None)
    return neg.text if neg is not None else ""


SECURITY_FORCE_NOUNS = word_set("security_force_nouns")
OWN_FORCE_NOUNS = SECURITY_FORCE_NOUNS | EMERGENCY_WORKER_NOUNS


def own_forces_thanked(tok: "Token", index: MentionIndex) -> str:
    """A leader thanking or praising the security forces or emergency workers with no other state named ("Melikov
    thanked the security forces for the operation", "praised the police for their work", "Japarov thanked Kyrgyz
    rescuers and army engineers"): a state's word to its own forces, not coded (round-30 team decision; round 32 for its
    own rescuers); not "thanked the Russian border guards", "thanked Kazakhstan's rescuers" said by another state.
    Returns the forces' word, or ""."""
    if tok.lemma_.lower() not in ("thank", "praise", "commend", "hail", "applaud", "laud", "salute"):
        return ""
    thanked = objects(tok)
    thankers = subjects(tok)
    if all(d.pos_ == "PRON" for d in thankers):
        thankers = thankers + _reporters(tok)  # ("he said he thanked ...": the one who said it)
    own = {m.entity.code for d in thankers for w in d.subtree if (m := index.at(w)) is not None} - {""}
    named = [o for o in thanked if _own_security_body(o, own, index)]  # ("Kokov thanked the FSB and the police")
    forces = [o for o in thanked if o.lemma_.lower() in OWN_FORCE_NOUNS or o.lower_ in OWN_FORCE_NOUNS]
    if not (forces or named) or len(forces) + len(named) < len(thanked):  # (not "thanked Turkey's Justice Ministry and police")
        return ""
    for f in forces:
        for w in f.subtree:
            if w.i == f.i:
                continue
            m = index.at(w)
            if (m is not None and m.entity.code and m.entity.code not in own) or (
                    w.ent_type_ in ("GPE", "NORP") and (m is None or m.entity.code not in own)):
                return ""  # (another state's forces; the thanker's own named ones stay its own: "Kyrgyz rescuers")
        if _foreign_forces_told(f, own, index):
            return ""
    return (forces or named)[0].text


SECURITY_BODY_SECTORS = {"SPY", "COP", "MIL"}


def _own_security_body(noun: "Token", own: set[str], index: MentionIndex) -> bool:
    """A security service named by its name that belongs to the thanker's state, or, for a thanker of no named state
    (a regional head), to the story's country ("Kokov thanked the FSB and the police")."""
    m = index.at(noun)
    if m is None or m.entity.sector not in SECURITY_BODY_SECTORS or not m.entity.code:
        return False
    return m.entity.code in (own or {index.main_country})


def _sport_side(noun: "Token") -> bool:
    """A team or athletes whose words say nothing but sport or a nation ("the team", "Kazakhstan's football team",
    "our national squad", "the Olympic wrestlers"); not "the rescue team", "the medical team", "a team of doctors"."""
    if noun.lemma_.lower() not in SPORT_SIDE_NOUNS and noun.lower_ not in SPORT_SIDE_NOUNS or prep_objects(noun, ("of",)):
        return False
    mods = [c for c in noun.children if c.dep_ in ("compound", "amod")]
    return all(m.lower_ in SPORT_SIDE_MODIFIERS or m.lemma_.lower() in SPORT_SIDE_MODIFIERS or m.ent_type_ in ("GPE", "NORP")
               for m in mods)


def _foreign_forces_told(forces: "Token", own: set[str], index: MentionIndex) -> bool:
    """The same forces told earlier in the sentence or in the two before as another state's, or sent by it ("Azerbaijan
    sent 300 rescuers to Turkey after the earthquake. On Wednesday Erdogan thanked the rescuers")."""
    sents = list(forces.doc.sents)
    at = next((k for k, s in enumerate(sents) if s.start <= forces.i < s.end), 0)
    low = forces.lemma_.lower()
    for s in sents[max(0, at - 2):at + 1]:
        for w in s:
            if w.i >= forces.i or w.lemma_.lower() != low:
                continue
            told = list(w.subtree) + ([x for d in subjects(w.head) for x in d.subtree] if w.dep_ == "dobj" else [])
            codes = {m.entity.code for x in told if (m := index.at(x)) is not None and is_state(m.entity)} - {""}
            if codes - own:
                return True
    return False


CUSTODY_HANDOVER_NOUNS = word_set("custody_handover_nouns")


def handed_to_investigators(tok: "Token") -> str:
    """A detainee "handed (over) to investigators on suspicion of smuggling": the arrest's next step, part of the
    arrest (round-30 team decision), not a notice of suspicion served ("was handed a notice of suspicion"). Returns the
    investigators' word, or ""."""
    if tok.lemma_.lower() != "hand" or any(o.lemma_.lower() in ("notice", "suspicion", "charge") for o in objects(tok)):
        return ""
    body = next((o for o in prep_objects(tok, ("to",)) if o.lemma_.lower() in CUSTODY_HANDOVER_NOUNS), None)
    return body.text if body is not None else ""


COMMERCIAL_DOERS = word_set("commercial_doers")


def commercial_refusal(tok: "Token", index: MentionIndex) -> str:
    """Banks, lenders or firms turning down business ("as banks rejected transfers they could not fully trace",
    "Several Kyrgyz lenders declined payments from Russian clients"): commerce, no refusal between parties (not "the
    central bank", "the National Bank", "the company" that points back to a state firm, nor a state's request
    refused). Returns the doer's word, or ""."""
    doers = agents(tok) if is_passive(tok) else subjects(tok)
    if not doers:
        return ""
    if _market_deal(tok) is not None and not any(_state_party(d, index) for d in doers):
        return doers[0].text  # ("The board of Kazakh copper miner Altyn-Tas rejected a takeover offer")
    for d in doers:
        if d.lemma_.lower() not in COMMERCIAL_DOERS or d.pos_ == "PROPN":
            return ""
        if _state_firm(d) or (any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in d.children)
                              and any(w.lemma_.lower() == d.lemma_.lower() and _state_firm(w) for w in d.doc[:d.i])):
            return ""  # ("Kazakhstan's state railway company ... The company rejected the request")
    if _state_request_refused(tok, index):
        return ""
    return doers[0].text


MARKET_DEAL_WORDS = word_set("market_deal_words")


def _market_deal(verb: "Token") -> "Token | None":
    """The word that makes what is refused a deal of the market ("rejected a $1.2 billion takeover offer", "turned down
    the merger proposal"): a bid for a firm, which only a state's refusal makes political. Returns it, or None."""
    for o in objects(verb):
        deal = next((w for w in (o, *o.children) if (w is o or w.dep_ in ("compound", "amod"))
                     and w.lemma_.lower() in MARKET_DEAL_WORDS), None)
        if deal is not None:
            return deal
    return None


def _state_firm(d: "Token") -> bool:
    """A bank or firm of the state ("the central bank", "the state railway company", "a state-owned lender")."""
    return any(c.lower_ in STATE_FIRM_MARKS for c in d.children if c.dep_ in ("amod", "compound"))


STATE_FIRM_MARKS = word_set("state_firm_marks")
ASKED_THING_NOUNS = word_set("asked_thing_nouns")


def _state_request_refused(tok: "Token", index: MentionIndex) -> bool:
    """What is refused is a state's request or proposal: owned by a state ("rejected Kyrgyzstan's request"), or "the
    request" after a state asked in the sentences before ("Kyrgyzstan asked Kazakhstan's railway company to let the
    wagons through. The company rejected the request")."""
    for o in objects(tok):
        if o.lemma_.lower() not in ASKED_THING_NOUNS:
            continue
        owners = [c for c in o.children if c.dep_ == "poss"] + prep_objects(o, ("from", "of", "by"))
        if any((m := index.at(x)) is not None and is_state(m.entity) and m.entity.code for w in owners for x in w.subtree):
            return True
        if any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in o.children):
            for w in tok.doc[:tok.sent.start]:
                if w.pos_ == "VERB" and w.lemma_.lower() in ("ask", "request", "urge", "propose", "demand") and any(
                        (m := index.at(x)) is not None and is_state(m.entity) and m.entity.code
                        for d in subjects(w) for x in d.subtree):
                    return True
    return False


BUSINESS_DOERS = COMMERCIAL_DOERS | word_set("business_doers")


def _firm_word(tok: "Token") -> "Token | None":
    """The word that makes `tok` a firm not of the state: itself ("companies", "a Saudi dates importer"), its title
    ("Chinese carmaker Chery", "Kazakh shipping firm KTZ Express") or itself when privately owned ("a privately owned
    Uzbek textile group"); None for a state's bank or firm ("the central bank", "the state railway company")."""
    words = [tok] + [c for c in tok.children if c.dep_ in ("compound", "appos")]
    firm = next((w for w in words if w.lemma_.lower() in BUSINESS_DOERS or w.lower_ in BUSINESS_DOERS), None)
    if firm is None and _privately_owned(tok):
        firm = tok
    if firm is None or any(_state_firm(w) for w in words):
        return None
    return firm


def _privately_owned(tok: "Token") -> bool:
    """A body told as privately owned ("a privately owned Uzbek textile group", "a family-owned bakery")."""
    marks = [c for c in tok.children if c.dep_ == "amod"]
    return any(m.lower_ in PRIVATE_OWNER_MARKS or any(a.dep_ == "advmod" and a.lower_ in PRIVATE_OWNER_MARKS
                                                      for a in m.children) for m in marks)


PRIVATE_OWNER_MARKS = word_set("private_owner_marks")


def _state_party(tok: "Token", index: MentionIndex) -> bool:
    """`tok` names a state itself ("to Kyrgyzstan", "with the Uzbek government"), not a firm of one ("with Uzbek dealer
    group Roodell")."""
    if _firm_word(tok) is not None:
        return False
    m = index.at(tok)
    return m is not None and is_state(m.entity) and bool(m.entity.code)


def _igo(tok: "Token", index: MentionIndex) -> bool:
    """`tok` names an international body ("The World Bank", "the Asian Development Bank"), no firm."""
    m = index.at(tok)
    return m is not None and (m.entity.code == "IGO" or m.entity.sector == "IGO")


def _told_by_a_state(verb: "Token", index: MentionIndex) -> bool:
    """The act is one a state orders or asks of firms ("the ministry instructed mobile operators to block access"): the
    clause above has a state for its subject."""
    if verb.dep_ not in ("xcomp", "ccomp", "advcl"):
        return False
    told = [t for s in subjects(verb.head) if _firm_word(s) is None for t in s.subtree]
    return any(is_state(m.entity) and m.entity.code for m in index.in_tokens(told))


def _named_after_a_state(firm: "Token", index: MentionIndex) -> bool:
    """A bank or fund named after the state that owns it ("the Export-Import Bank of China", "the Development Bank of
    Kazakhstan")."""
    return any(o.pos_ == "PROPN" and (m := index.at(o)) is not None and len(m.entity.code) == 3
               and m.entity.code not in NON_STATE_CODES for o in prep_objects(firm, ("of",)))


def business_deal(tok: "Token", index: MentionIndex) -> str:
    """A firm's deal, pledge, loan or grab of market share with no state on either side ("Companies from China and
    Turkey signed deals worth 2 billion dollars", "Halyk Bank extended a credit line to a Chinese solar panel maker",
    "the airline aimed to capture a third of the traffic"): business, not coded (round-31 team decision); not a state
    firm's ("the state railway company signed a contract"), nor a firm's act toward a state ("China's Export-Import Bank
    extended a loan to Kyrgyzstan"). A dateline the parser reads as a second subject ("TASHKENT, Nov 6 - Companies
    from China ... signed deals") is no doer. Returns the firm's word, or ""."""
    doers = [d for d in (agents(tok) if is_passive(tok) else subjects(tok)) if d.idx >= index.dateline_end]
    if not doers or any(_state_party(d, index) or _igo(d, index) for d in doers) or _told_by_a_state(tok, index):
        return ""
    firms = [f for d in doers if (f := _firm_word(d)) is not None and not _named_after_a_state(d, index)]
    if len(firms) < len(doers):  # "regional governors and companies from the two countries signed": officials too
        return ""
    objs = objects(tok)
    others = objs + [p for w in [tok, *objs] for p in prep_objects(w, ("to", "with", "for", "from"))]
    if any(_state_party(o, index) for w in others for o in [w, *w.conjuncts]):
        return ""
    return firms[0].text


def talks_with_firms(tok: "Token", index: MentionIndex) -> str:
    """Talks held only with firms ("the company has been in talks with Chinese lenders about a loan", "talks with
    foreign investors"): business, not coded (round-31 team decision on firms' deals); not "talks with the Chinese
    government", "talks with Chinese and Kazakh officials". Returns the firms' word, or ""."""
    sides = [w for o in prep_objects(tok, ("with",)) for w in [o, *o.conjuncts]]
    if not sides or any(_state_party(w, index) for w in sides):
        return ""
    firms = [f for w in sides if (f := _firm_word(w)) is not None]
    return firms[0].text if len(firms) == len(sides) else ""


MARKET_REASON_NOUNS = word_set("market_reason_nouns")
REASON_GIVING_WORDS = word_set("reason_giving_words")


def market_reason_given(tok: "Token") -> str:
    """A service cut for a reason of the market ("would suspend its Almaty-Kutaisi service because of weak demand",
    "halted the route, citing poor ticket sales"): a carrier's business, not a sanction (round-31 team decision); not a
    cut "because of the dispute". Returns the reason's word, or ""."""
    for c in tok.children:
        if c.dep_ in ("prep", "advcl", "advmod") and c.lower_ in REASON_GIVING_WORDS:
            reason = next((w for w in c.subtree if w.pos_ == "NOUN" and w.lemma_.lower() in MARKET_REASON_NOUNS), None)
            if reason is not None:
                return reason.text
    return ""


REPAIR_PLACES = word_set("repair_places")


def release_from_repair(tok: "Token") -> str:
    """A ship or plane "released from dry dock" or "from repairs": back in service, no one set free (not "released from
    detention", "from the port where it was held"). Returns the place's word, or ""."""
    if tok.lemma_.lower() not in RELEASE_LEMMAS:
        return ""
    return next((p.text for p in prep_objects(tok, ("from",)) if p.lemma_.lower() in REPAIR_PLACES), "")


STREET_NOUNS = word_set("street_nouns")
STREET_CLOSURE_OCCASIONS = CIVIL_EVENT_NOUNS | word_set("street_closure_occasions")
STREET_PROTEST_WORDS = word_set("street_protest_words")


def event_road_closure(tok: "Token") -> str:
    """Streets closed for a show, a race or a parade the story tells of ("Roads along the boulevard were closed to
    traffic for the afternoon" after an air show, "streets in the centre will be shut for the marathon"): no
    restriction of anyone (round-28 team decision); not streets closed where a protest is told ("closed the streets
    around the square to protesters"), nor a border road. Returns the occasion's word, or ""."""
    closed = passive_subjects(tok) if is_passive(tok) else objects(tok)
    if not closed or not all(c.lemma_.lower() in STREET_NOUNS or _street_traffic(c) for c in closed):
        return ""
    if has_word(tok.sent, STREET_PROTEST_WORDS):
        return ""
    if any(w.ent_type_ == "NORP" and w.dep_ != "compound" for w in tok.sent) or any(
            c.dep_ == "advcl" and c.lemma_.lower() in ("cut", "strand", "leave") for c in tok.children):
        return ""  # (people shut out: "closed the roads to ethnic Georgian villagers ... as the region held celebrations",
        # "closed the roads to the bridge, cutting off Moldovan farmers from their fields")
    told = tok.doc[:tok.sent.end]
    return next((w.text for w in told if w.pos_ == "NOUN" and (
        w.lemma_.lower() in STREET_CLOSURE_OCCASIONS or w.lower_ in STREET_CLOSURE_OCCASIONS)), "")


STREET_TRAFFIC_NOUNS = word_set("street_traffic_nouns")
ROAD_VEHICLE_NOUNS = word_set("road_vehicle_nouns")
BORDER_PASSAGE_WORDS = word_set("border_passage_words")


def _street_traffic(closed: "Token") -> bool:
    """Road traffic as what is closed or restricted ("the movement of vehicles near the residence will be
    restricted", "traffic in the centre will be limited"), not at a border ("traffic across the border crossing")."""
    if closed.lemma_.lower() not in STREET_TRAFFIC_NOUNS or any(
            w.lemma_.lower() in BORDER_PASSAGE_WORDS for w in closed.sent):
        return False
    return closed.lemma_.lower() == "traffic" or any(
        o.lemma_.lower() in ROAD_VEHICLE_NOUNS for o in prep_objects(closed, ("of",)))


CULTURAL_HOUSES = word_set("cultural_houses")


def house_of_culture_opens(tok: "Token") -> str:
    """A museum, gallery or theatre that opens a show or its doors ("The National Gallery in Tbilisi opens
    'Borderlines', a show of photographs of checkpoints"), or a show that opens ("An exhibition of photographs taken by
    monitors on patrol opened at the arts centre"): no access granted (not "Azerbaijan opened the corridor").
    Returns the house's or the show's word, or ""."""
    if tok.lemma_.lower() not in ("open", "reopen"):
        return ""
    doers = agents(tok) if is_passive(tok) else subjects(tok)
    house = next((d for d in doers if d.lemma_.lower() in CULTURAL_HOUSES or d.lower_ in CULTURAL_HOUSES), None)
    if house is None and (tok.dep_ == "acl" or not is_passive(tok)) and not objects(tok):
        house = next((d for d in doers + _nouns_above(tok) if d.lemma_.lower() in CIVIL_EVENT_NOUNS), None)
    return house.text if house is not None else ""


def _nouns_above(tok: "Token") -> list["Token"]:
    """The nouns a participle the parser hung on a noun phrase sits under ("An exhibition of photographs taken by
    monitors opened at ...", read with "opened" on "photographs": photographs, exhibition)."""
    if tok.dep_ != "acl":
        return []
    nouns, cur = [], tok.head
    for _ in range(4):
        if cur.pos_ not in ("NOUN", "PROPN", "ADP"):
            break
        if cur.pos_ != "ADP":
            nouns.append(cur)
        if cur.head is cur:
            break
        cur = cur.head
    return nouns


VOTER_NOUNS = word_set("voter_nouns")


def ballot_backing(tok: "Token") -> str:
    """Voters' backing of a candidate or a party ("paying voters to back a candidate"): a vote, no act of a party.
    Returns the voters' word, or ""."""
    doers = agents(tok) if is_passive(tok) else subjects(tok)
    if to_infinitive(tok):
        doers = _object_before_infinitive(tok) or doers
    return doers[0].text if doers and all(d.lemma_.lower() in VOTER_NOUNS or d.lower_ in VOTER_NOUNS for d in doers) else ""


def quality_named_with_as(tok: "Token") -> str:
    """A participle that only names a quality of what someone is judging ("criticised the text as rushed", "described
    the deal as forced", "dismissed the plan as rushed through"): a word of judgement, no act. Not a clause of its own
    ("criticised the plan as troops were rushed to the border"). Returns the judging verb, or ""."""
    if tok.dep_ != "advcl" or tok.tag_ != "VBN" or not any(c.dep_ == "mark" and c.lower_ == "as" for c in tok.children):
        return ""
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "dobj") for c in tok.children):
        return ""
    judge = tok.head
    return judge.text if judge.lemma_.lower() in JUDGING_VERBS and objects(judge) else ""


JUDGING_VERBS = word_set("judging_verbs")


def unnamed_doers_described(tok: "Token") -> str:
    """A participle that describes people by what they do, with no one named ("open to those arming a militia",
    "anyone smuggling weapons across the border"): a description, no act of anyone's. Not a named party described
    ("the Wagner group, arming local militias, ..."). Returns the pronoun, or ""."""
    if tok.dep_ != "acl" or tok.tag_ != "VBG":
        return ""
    return tok.head.text if tok.head.lower_ in UNNAMED_DOER_PRONOUNS else ""


UNNAMED_DOER_PRONOUNS = word_set("unnamed_doer_pronouns")


def pledge_to_voters(tok: "Token") -> str:
    """A promise made to voters ("the opposition party has promised voters it would review power contracts",
    "vowed to voters to cut fuel prices"): a campaign pledge, no agreement with anyone who can act. Returns the voters'
    word, or ""."""
    if tok.lemma_.lower() not in PLEDGE_VERBS:
        return ""
    told = [c for c in tok.children if c.dep_ in ("dative", "iobj", "dobj")]
    told += prep_objects(tok, ("to",))
    return next((w.text for w in told if w.lemma_.lower() in VOTER_NOUNS or w.lower_ in VOTER_NOUNS), "")


def generic_deed_as_subject(tok: "Token") -> str:
    """A deed named by a bare gerund that is the subject of a rule or a general truth ("blocking a road can be
    punished with heavy fines", "Crossing the border without papers is punishable by a fine"): anyone's deed in
    general, no act (not a deed of someone named: "his blocking of the road"). Returns the verb it is subject of, or
    ""."""
    if tok.tag_ != "VBG" or tok.dep_ not in ("csubj", "csubjpass") or any(
            c.dep_ in ("nsubj", "poss") for c in tok.children):
        return ""
    head = tok.head
    general = any(c.dep_ == "aux" and c.tag_ == "MD" for c in head.children) or (
        head.tag_ in ("VBZ", "VBP") or any(c.dep_ in ("auxpass", "cop") and c.tag_ in ("VBZ", "VBP") for c in head.children))
    return head.text if general else ""


def standing_pledge_of_no_party(tok: "Token", index: MentionIndex) -> str:
    """A promise told as standing, in the present perfect or the simple present with no day, by a person named whom
    the dictionary knows as no party ("De la Espriella has promised to end the talks and to arrest rebel leaders",
    "Cepeda says he would continue negotiations if they stop kidnappings"): a candidate's or a private person's
    pledge, no act of a party (not "Tokayev has promised to ...", nor "... promised on Tuesday to ..."). Returns the
    speaker's name, or ""."""
    verb = _promising_verb(tok)
    if verb is None or not _present_or_perfect(verb) or any(t.lower_ in DAY_WORDS for t in verb.subtree):
        return ""
    named = [s for s in subjects(verb) if s.pos_ == "PROPN"]
    if not named or _names_a_party(named, index):
        return ""
    return named[0].text


def _promising_verb(tok: "Token") -> "Token | None":
    """The verb of promising a pledged act hangs from, or the trigger itself ("has promised to end ...": promised),
    or a verb of saying above a "would"/"will" clause ("says he would continue ...": says)."""
    cur = tok
    for _ in range(4):
        if cur.lemma_.lower() in PLEDGE_VERBS:
            return cur
        if cur.dep_ not in ("xcomp", "ccomp", "conj") or cur.head is cur:
            return None
        if cur.dep_ == "ccomp" and cur.head.lemma_.lower() == "say":
            future = any(c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll") for c in cur.children)
            return cur.head if future else None
        cur = cur.head
    return None


PLEDGE_VERBS = word_set("pledge_verbs")
BACKING_MACHINES = word_set("backing_machines")


def machine_backing(tok: "Token") -> str:
    """Backing given by aircraft, vehicles or guns ("firefighters took part, backed by two amphibious aircraft",
    "troops backed by tanks"): means brought to an operation, no actor's support of another. Returns the machine's word."""
    if tok.lemma_.lower() not in ("back", "support"):
        return ""
    doers = [w for d in agents(tok) for w in with_conjuncts(d)]
    return doers[0].text if doers and all(d.lemma_.lower() in BACKING_MACHINES for d in doers) else ""


def _object_before_infinitive(verb: "Token") -> list["Token"]:
    """The object of the verb just before a to-infinitive, who does the infinitive ("paying voters 1,000 soms each to
    back a candidate", whatever the parser hung the infinitive on); [] when another verb comes first."""
    for t in reversed(verb.doc[verb.sent.start:verb.i]):
        if t.dep_ == "dobj" and t.pos_ == "NOUN":
            return [t]
        if t.pos_ in ("VERB", "AUX") and t.i < verb.i - 1:
            return []
    return []


PROTESTING_CROWDS = word_set("protesting_crowds")


def crowd_demand(tok: "Token") -> str:
    """Protesters' own demands ("The protesters demanded that the government revoke the licence", "The demonstrators
    demanded a rerun of the vote"): what their PROTEST is about, not a REQUEST of its own (round-31 team decision, as
    every team annotation has it); not an official's or a state's demand. Returns the crowd's word, or ""."""
    doers = subjects(tok)
    if not doers or not all(d.lemma_.lower() in PROTESTING_CROWDS for d in doers):
        return ""
    return doers[0].text


SHOWN_STANCES = word_set("shown_stances")


def shown_how(tok: "Token") -> str:
    """"Demonstrate" in the sense of showing something ("a rescue helicopter demonstrating how a sailor is lifted",
    "demonstrated its new drone"): no demonstration in the street (not "thousands demonstrated against the law").
    Returns what is shown, or ""."""
    if tok.lemma_.lower() != "demonstrate":
        return ""
    shown = [o for o in objects(tok) if o.lemma_.lower() not in SHOWN_STANCES] + [
        c for c in tok.children if c.dep_ in ("ccomp", "xcomp")]
    return shown[0].text if shown else ""  # (not "demonstrated their anger / solidarity with Ukraine": a protest)


SHOWING_HOW_VERBS = word_set("showing_how_verbs")


def act_shown_how(tok: "Token") -> str:
    """An act inside a present-tense "how" clause that a showing verb introduces ("a contingent demonstrated how a
    commando team storms a building and frees hostages", "the drill showed how police disperse a riot"): the content
    shown, no act done (not "the video showed how police beat the protesters on Friday", told in the past). Returns
    the showing verb, or ""."""
    verb = clause_verb(tok)
    while verb.dep_ == "conj" and verb.head.i != verb.i and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head
    if verb.dep_ not in ("ccomp", "xcomp") or verb.tag_ not in ("VBZ", "VBP"):
        return ""
    if not any(c.lower_ == "how" for c in verb.children) or verb.head.lemma_.lower() not in SHOWING_HOW_VERBS:
        return ""
    return verb.head.text


TRAINEE_NOUNS = word_set("trainee_nouns")


def own_trainees_addressed(tok: "Token") -> str:
    """A request to people in training ("asked the new recruits to wage a relentless war against drug peddlers",
    "urged the cadets to serve with honour"): a leader's instruction to the state's own trainees at their passing
    out, not coded; not trainees of another state ("urged Russian recruits to surrender"). Returns the trainees'
    word, or ""."""
    addressed = objects(tok) + prep_objects(tok, ("on", "upon"))
    addressed += [s for c in tok.children if c.dep_ in ("xcomp", "ccomp") for s in c.children if s.dep_ == "nsubj"]
    trainees = [a for a in addressed if a.lemma_.lower() in TRAINEE_NOUNS or a.lower_ in TRAINEE_NOUNS]
    if not trainees or any(w.ent_type_ in ("GPE", "NORP") for t in trainees for w in t.subtree):
        return ""
    return trainees[0].text


def own_council_instructed(tok: "Token") -> str:
    """A leader asking the Security Council at a meeting of his own ("At a meeting in the Kremlin on Monday, Putin
    asked the Security Council to draft proposals"): an instruction to his own council, not coded (round-27 team
    decision); not an appeal to the UN's council ("called on the Security Council to condemn the shelling").
    Returns the council's word, or ""."""
    addressed = objects(tok) + prep_objects(tok, ("on", "upon", "to"))
    council = next((o for o in addressed if bare_security_council(o) and own_council_meeting(o)), None)
    return council.text if council is not None else ""


CALLING_VESSELS = word_set("calling_vessels")


def port_call(tok: "Token") -> str:
    """A ship that "calls at" a port ("premiums for vessels calling at Reni and Izmail for the second time"): a port
    call, no appeal (not "Russia called on ships at the port to leave"). Returns the ship's word, or ""."""
    if tok.lemma_.lower() != "call" or not prep_objects(tok, ("at",)) or objects(tok):
        return ""
    doers = [tok.head] if tok.dep_ == "acl" else subjects(tok)
    ship = next((d for d in doers if d.lemma_.lower() in CALLING_VESSELS), None)
    return ship.text if ship is not None else ""


INSTRUCTING_VERBS = word_set("instructing_verbs")
OWN_GOVERNMENT_NOUNS = word_set("own_government_nouns")


def instructed_to_own_government(tok: "Token") -> str:
    """An act a leader instructs his own government to do ("Tokayev instructed the government to speed up talks with
    Uzbekistan"): an instruction at home, not an act between parties (team decision: a leader instructing his own
    government is not coded); not "their governments" of two leaders (AGREE), nor the government of a named state.
    Returns the instructed noun, or ""."""
    verb = tok.head if tok.pos_ == "NOUN" and tok.dep_ in ("dobj", "pobj") else tok
    for _ in range(3):
        if verb.dep_ not in ("xcomp", "conj") or verb.head.i == verb.i or (verb.dep_ == "conj" and verb.tag_ != "VB"):
            return ""  # (a conjunct in the past is the leader's own act, however the parser hangs it: "ordered the
            # cabinet to draft measures and recalled the ambassador")
        edge, verb = verb.dep_, verb.head
        if verb.lemma_.lower() in INSTRUCTING_VERBS:
            if edge != "xcomp":
                return ""  # (the leader's own act coordinated with the instruction: "ordered the cabinet to draft
            break  # measures and recalled the ambassador")
    else:
        return ""
    own = next((o for o in objects(verb) if o.lower_ in OWN_GOVERNMENT_NOUNS and not any(
        w.ent_type_ in ("GPE", "NORP", "ORG") for w in o.subtree)), None)
    return own.text if own is not None else ""


def _home_official(noun: "Token") -> bool:
    """A state's own regional or local office holder, with no foreign place or people named beside it ("regional heads
    of civil defence", "the district akims"; not "the governor of Xinjiang", "Chinese provincial officials")."""
    lemma = noun.lemma_.lower()
    if lemma not in HOME_OFFICIAL_NOUNS and noun.lower_ not in HOME_OFFICIAL_NOUNS:
        return False
    if any(t.ent_type_ in ("GPE", "NORP", "LOC") for t in noun.subtree):
        return False
    levels = {c.lower_ for c in noun.children if c.dep_ in ("amod", "compound", "nmod")}
    return bool(levels & HOME_OFFICIAL_LEVELS) or lemma in LOCAL_RULERS


def meeting_with_home_officials(tok: "Token") -> str:
    """A meeting held with one's own regional or local officials ("held a video meeting with regional heads of civil
    defence to check their readiness"): a domestic briefing, no consultation. Returns the officials' word, or ""."""
    heads = [tok] + objects(tok)
    partners = [o for h in heads for o in prep_objects(h, ("with",))]
    partners = partners + [c for p in partners for c in p.conjuncts]
    if not partners or not all(_home_official(p) for p in partners):
        return ""
    return partners[0].text


def arrivals_described(tok: "Token") -> str:
    """A participle of arriving before a noun that describes people, no one's visit ("would check the vaccination cards of
    arriving children", "arriving passengers"), also when the parser gave the participle the noun as its object.
    Returns the noun, or ""."""
    if tok.tag_ != "VBG" or tok.lemma_.lower() not in INTRANSITIVE_ARRIVAL_VERBS:
        return ""
    if tok.dep_ == "amod" and tok.head.i > tok.i and tok.head.pos_ == "NOUN":
        return tok.head.text
    described = [c for c in tok.children if c.dep_ == "dobj" and c.left_edge.i == tok.i + 1 and c.pos_ == "NOUN"]
    return described[0].text if described else ""


IN_FORCE_NOUNS = word_set("in_force_nouns")


def measure_in_force_since(tok: "Token") -> str:
    """A curb named by a participle on an order said to have been in force for a while ("Section 144, barring
    gatherings of more than four people, had been in force in the district since the first week of the month"): how
    things stood, no act of the news (not "Section 144, barring gatherings, was imposed on Monday"). Returns the
    order's word, or ""."""
    if tok.tag_ != "VBG" or tok.dep_ not in ("acl", "prep", "advcl"):
        return ""
    verb = tok.head if tok.dep_ != "acl" else tok.head.head  # (the parser may hang "barring" on the verb)
    order = next((c for c in verb.children if c.dep_ in ("nsubj", "dobj") and c.i < tok.i), None)
    if order is None or verb.lemma_ != "be":
        order = next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < tok.i), None) \
            if verb.lemma_ == "be" and verb.dep_ == "ccomp" else None  # ("said Section 144, barring ..., had been")
    if order is None:
        return ""
    in_force = any(o.lemma_.lower() in IN_FORCE_NOUNS for o in prep_objects(verb, ("in",)))
    standing = prep_objects(verb, ("since",)) or any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)
    return order.text if in_force and standing else ""


def curb_as_it_stands(tok: "Token") -> str:
    """A curb told in the present passive with no doer, day, start or occasion: how things stand, no act of the news.
    Either a prohibition ("Hunting marmots is banned in Mongolia", "Russia is barred from team competitions") or any
    curb on a kind of act named by a bare plural ("Strikes are rare in Kazakhstan, where labour protests are tightly
    restricted", "rallies are routinely banned in the capital"). Not "Gambling was banned on Monday", "is now banned",
    "rallies are banned from Monday", "during the summit", "the protests are banned by the mayor", nor "..., the city
    said on Friday". Returns the curbed word, or ""."""
    if tok.tag_ != "VBN" or not is_passive(tok) or agents(tok) or any(c.dep_ == "aux" for c in tok.children):
        return ""
    aux = next((c for c in tok.children if c.dep_ == "auxpass" and c.tag_ in ("VBZ", "VBP")), None)
    if aux is None or any(c.lower_ in ("now", "henceforth", "temporarily") for c in tok.children):
        return ""
    told = tok.subtree if tok.dep_ == "relcl" else tok.sent  # (a relative clause on a group: "the Islamic State group,
    # which is banned in Russia as a terrorist organisation", its own; the main clause's days are the main clause's)
    if any(t.ent_type_ in ("DATE", "TIME") for t in told) or any(w.lower_ in DAY_WORDS for w in tok.subtree) \
            or prep_objects(tok, CURB_TERM_PREPS):
        return ""  # (a measure of the news: "banned during the summit, the city said on Friday")
    curbed = [_kind_of_proportion(k) for k in passive_subjects(tok)]
    if tok.lemma_.lower() in STANDING_PROHIBITION_VERBS:
        return curbed[0].text if curbed else aux.text
    bare_kinds = curbed and all((k.tag_ == "NNS" or _mass_of_proportion(k))
                                and not any(c.dep_ in ("det", "poss", "nummod") for c in k.children)
                                for k in curbed)
    return curbed[0].text if bare_kinds else ""


def fee_charged(tok: "Token") -> str:
    """A price asked of someone ("the officers charged lorry drivers between $1,500 and $3,000 per vehicle", "charged
    them $200"): a fee, no charge of wrongdoing (not "charged with embezzling $2 million"). Returns the sum's word, or ""."""
    if tok.lemma_.lower() != "charge":
        return ""
    for c in tok.children:
        if c.dep_ in ("dobj", "dative", "npadvmod") and c.ent_type_ == "MONEY":
            return c.text
        if c.dep_ == "prep" and c.lower_ in ("between", "from", "up") and any(w.ent_type_ == "MONEY" for w in c.subtree):
            return c.text
    return ""


PROPORTION_NOUNS = word_set("proportion_nouns")


def _mass_of_proportion(noun: "Token") -> bool:
    """A mass noun a proportion is of ("a tiny share of heroin")."""
    return noun.tag_ == "NN" and noun.dep_ == "pobj" and noun.head.lower_ == "of" \
        and noun.head.head.lemma_.lower() in PROPORTION_NOUNS


def _kind_of_proportion(noun: "Token") -> "Token":
    """The kind a proportion is of ("a small fraction of drugs" -> "drugs"), or the noun itself."""
    if noun.lemma_.lower() not in PROPORTION_NOUNS:
        return noun
    return next(iter(prep_objects(noun, ("of",))), noun)


def relief_sent_home(tok: "Token", index: MentionIndex) -> str:
    """Rescuers or relief a state sends within its own borders ("Kyrgyzstan's Emergency Situations Ministry sent 300
    rescuers to the flooded villages of the Jalal-Abad region", "Kyrgyzstan's own ministry had deployed 700 rescuers to
    the region"): its own relief work, no aid to another party. The destination names only places of the sender's
    country, or the sender is told as the country's "own" and no place is named. Returns the destination, or ""."""
    doers = subjects(tok)
    if all(d.pos_ == "PRON" for d in doers):  # ("the ministry said it had deployed")
        doers = doers + _reporters(tok)
    senders = [t for s in doers for t in s.subtree]
    sender_codes = {m.entity.code for m in index.in_tokens(senders) if m.entity.code}
    if len(sender_codes) != 1:
        return ""
    dests = prep_objects(tok, ("to", "into"))
    if not dests:
        return ""
    dest_codes = {m.entity.code for m in index.in_tokens([t for d in dests for t in d.subtree]) if m.entity.code}
    if dest_codes:
        return dests[0].text if dest_codes == sender_codes else ""
    return dests[0].text if any(t.lower_ == "own" for t in senders) else ""


CONGRATULATED_CROWDS = word_set("congratulated_crowds")
HANDOUT_HELPERS = word_set("handout_helpers")


def _singular_word(tok: "Token") -> str:
    """The lower-case lemma, with a plural 's' the lemmatizer left on a proper noun ("Christians") taken off."""
    lemma = tok.lemma_.lower()
    return lemma[:-1] if tok.tag_ in ("NNPS", "NNP") and lemma.endswith("s") else lemma


def congratulated_crowd(tok: "Token") -> str:
    """Congratulations or praise to a crowd or a sports side, not a party ("congratulated the players of both teams
    after the final whistle", "congratulated the country's Orthodox Christians on the feast", "Tokayev congratulated the
    team on its win", "praised Kazakhstan's wrestlers"): a greeting or a courtesy of sport, no support (round 32). Not a
    leader or a state congratulated ("congratulated Japarov on his re-election"), nor "praised the team of mediators".
    Returns the crowd word, or ""."""
    lemma = tok.lemma_.lower()
    greeting = lemma in ("congratulate", "congratulation")
    if not greeting and lemma not in CONGRATULATING_VERBS:
        return ""
    greeted = objects(tok) if tok.pos_ == "VERB" else prep_objects(tok, ("to",))
    if not greeted or not all(_sport_side(g) or (greeting and _singular_word(g) in CONGRATULATED_CROWDS
                                                 and not _nation_named(g)) for g in greeted):
        return ""
    return greeted[0].text


SERMON_NOUNS = word_set("sermon_nouns")


def told_in_sermon(tok: "Token") -> str:
    """Words a preacher says in a sermon ("In his Friday sermon in Tabriz, an Iranian cleric condemned the spread of
    moral corruption in Azerbaijan"): preaching to the faithful, no statement of a party (round 35). Not a party's
    statement about a sermon ("the Foreign Ministry condemned remarks by an Iranian cleric"). Returns the sermon
    word, or ""."""
    opening = tok.sent[0]  # (a sentence opening "In his Friday sermon, ..." the parser may hang on nothing)
    settings = prep_objects(tok, ("in", "during"))
    if opening.lower_ in ("in", "during") and opening.i < tok.i:
        settings += [c for c in opening.children if c.dep_ == "pobj"]
    said = next((o for o in settings if o.lemma_.lower() in SERMON_NOUNS), None)
    return said.text if said is not None else ""


HOLIDAY_OCCASIONS = word_set("holiday_occasions")


def people_greeted_on_holiday(tok: "Token", index: MentionIndex) -> str:
    """A leader's holiday greeting to a people named by its demonym ("the president congratulated Tajiks on the
    holiday", "congratulated Kyrgyzstanis on Eid al-Fitr"): a festive courtesy, no support to a party (round 35). Not
    a leader or a state congratulated ("congratulated Rahmon on the holiday"), nor a people congratulated on an act or
    an anniversary of its state ("congratulated Tajiks on the election"). Returns the people's word, or ""."""
    if tok.lemma_.lower() not in ("congratulate", "congratulation"):
        return ""
    if not any(w.lemma_.lower() in HOLIDAY_OCCASIONS or w.lower_ in HOLIDAY_OCCASIONS
               for o in prep_objects(tok, ("on",)) for w in o.subtree):  # (also "on Eid al-Fitr")
        return ""
    greeted = objects(tok) if tok.pos_ == "VERB" else prep_objects(tok, ("to",))
    if not greeted or not all(_demonym_people(g, index) for g in greeted):
        return ""
    return greeted[0].text


def _demonym_people(tok: "Token", index: MentionIndex) -> bool:
    """A plural demonym standing for a people ("Tajiks"; "Kyrgyzstanis", a plural the actor lexicon does not form),
    not the state's name nor a person's ("Japarov", "President Sadyr Japarov")."""
    if not tok.lower_.endswith("s"):
        return False
    m = index.at(tok)
    if m is not None:
        return m.kind == "demonym"
    return tok.pos_ == "PROPN" and tok.lower_.endswith("is") and not list(tok.children)


def _nation_named(crowd: "Token") -> bool:
    """A crowd word naming a nation ("the Chinese people", "the people of Kazakhstan", "the Azerbaijani nation"): the
    congratulation goes to that state."""
    return crowd.lemma_.lower() in NATION_CROWDS and any(t.ent_type_ in ("GPE", "NORP") for t in crowd.subtree)


NATION_CROWDS = word_set("nation_crowds")


def helpers_handing_out(tok: "Token", index: MentionIndex) -> str:
    """Things handed out by helpers of no party ("Volunteers handed out water and bread along the route"): no aid from
    a party to another. Not helpers of a named state or group ("Kazakh volunteers delivered food to Osh", "Red Crescent
    volunteers"). Returns the helpers' word, or ""."""
    doers = subjects(tok)
    if not doers or not all(d.lemma_.lower() in HANDOUT_HELPERS for d in doers):
        return ""
    bare = {d.i for d in doers}
    if any(m.kind not in ("sector", "pronoun") or m.token_start not in bare
           for m in index.in_tokens([t for d in doers for t in d.subtree])):
        return ""  # (a named state or group: "Kazakh volunteers"; the bare helpers word is a sector mention)
    return doers[0].text


GATHERING_FORMATS = word_set("gathering_formats")
GATHERING_PEOPLE = CONGRATULATED_CROWDS | GENERIC_PEOPLE_NOUNS | {"member", "follower"}


def members_gathering(tok: "Token") -> str:
    """People meeting among themselves in some format ("about 170,000 believers remain, meeting in small groups in
    private flats"): a gathering of one side, no meeting of parties. Not a meeting with someone ("met in small groups
    with the envoy"). Returns the format word, or ""."""
    if tok.lemma_.lower() not in ("meet", "gather", "assemble") or prep_objects(tok, ("with",)) or objects(tok):
        return ""
    gatherers = subjects(tok) or subjects(tok.head)
    if any(g.lemma_.lower() not in GATHERING_PEOPLE and _singular_word(g) not in GATHERING_PEOPLE for g in gatherers):
        return ""  # ("Putin and Lukashenko met in a narrow circle", "the presidents met in a closed group")
    formats = [o for o in prep_objects(tok, ("in",)) if o.lemma_.lower() in GATHERING_FORMATS]
    if any(w.lower_ == "with" for o in formats for w in o.subtree):
        return ""  # ("met in small groups with the UN envoy": the parser hangs the partner on the groups)
    return formats[0].text if any(o.lemma_.lower() in ("group", "cell", "circle") for o in formats) else ""


WISHING_HEADS = WANTING_HEADS | {"hope", "long", "yearn"}
BENEFICIARY_NOUNS = word_set("beneficiary_nouns")
DESCRIBED_PEOPLE = GENERIC_PEOPLE_NOUNS | BENEFICIARY_NOUNS


def wish_describing_people(tok: "Token") -> str:
    """What people at large want, told in a relative clause that describes them ("pensioners who want to talk to their
    grandchildren"): a description, no act or promise. Returns the people's word, or ""."""
    want = tok.head
    if tok.dep_ != "xcomp" or want.lemma_.lower() not in WISHING_HEADS or want.dep_ != "relcl":
        return ""
    people = want.head
    return people.text if people.pos_ == "NOUN" and people.lemma_.lower() in DESCRIBED_PEOPLE else ""


PUBLIC_SERVICES = word_set("public_services")


def service_offered_to_public(tok: "Token", index: MentionIndex) -> str:
    """A service offered to no party ("A new state language centre opened, offering free Kazakh classes", "Agencies are
    offering instalment plans"): a school's or a shop's offer, no promise. Not one offered to a state or group ("Russia
    offered Armenia courses for its border guards"). Returns the service word, or ""."""
    if tok.lemma_.lower() != "offer":
        return ""
    offered = [o for o in tok.children if o.dep_ == "dobj"]  # (not a later clause's subject: "and 1,200 people signed up")
    takers = [o for o in tok.children if o.dep_ == "dative"] + prep_objects(tok, ("to",)) \
        + [c for o in offered for c in o.children if c.dep_ == "compound" and c.pos_ == "PROPN"]  # ("offered Armenia
    # courses" parsed as a compound)
    first = offered[0] if offered else None  # (the parser may take a later clause's subject for a second object)
    if first is None or (first.lemma_.lower() not in PUBLIC_SERVICES
                         and not any(c.lemma_.lower() in PUBLIC_SERVICES for c in first.children if c.dep_ == "compound")):
        return ""
    if any(m.kind not in ("sector", "demonym") for m in index.in_tokens([t for x in takers for t in x.subtree])):
        return ""  # (a language is no taker: "free Kazakh classes")
    beneficiaries = prep_objects(tok, ("for",)) + [p for t in first.subtree if t.dep_ == "prep" and t.lower_ == "for"
                                                   for p in t.children if p.dep_ == "pobj"]
    if index.in_tokens([t for b in beneficiaries for t in b.subtree]) or any(
            b.lemma_.lower() in GENERIC_STATE_NOUNS for b in beneficiaries):
        return ""  # ("offered a discount on gas for Armenia", "courses for Afghan engineers", "for the Central Asian states")
    return offered[0].text


BILL_STAGE_VERBS = word_set("bill_stage_verbs")
BILL_STAGE_WORDS = word_set("bill_stage_words")
FINAL_READING_WORDS = word_set("final_reading_words")
ENACTING_VERBS = word_set("enacting_verbs")


def content_of_pending_bill(tok: "Token") -> str:
    """What a bill on its way through a legislature would do ("A bill banning face coverings passed its first reading",
    "deputies debated a bill restricting beards"): no act yet. Not a bill signed or enacted. Returns the bill word, or
    ""."""
    bill = tok.head
    if tok.dep_ not in ("acl", "relcl") or bill.lemma_.lower() not in ("bill", "draft"):
        return ""
    if has_lemma(tok.sent, ENACTING_VERBS):
        return ""  # ("Japarov signed a bill banning the niqab, which passed its final reading last week")
    readings = [t for t in tok.sent if t.lower_ in BILL_STAGE_WORDS]
    pending = [r for r in readings if not any(w.lower_ in FINAL_READING_WORDS for w in r.subtree)]
    stage = bill.head.lemma_.lower() in BILL_STAGE_VERBS or bool(pending)
    return bill.text if stage else ""


CONSULTING_LEMMAS = word_set("consulting_lemmas")


def practice_reported_in_present(tok: "Token") -> str:
    """Talks a speaker reports in the simple present with no time of their own ("said Astana discusses the situation of
    its citizens with our Chinese partners through diplomatic channels"): how a state deals with a matter as a rule, no
    meeting of the news. Not one with a day ("said Putin meets Xi on Friday") nor the progressive ("is discussing").
    Returns the speech verb, or ""."""
    if tok.lemma_.lower() not in CONSULTING_LEMMAS or tok.tag_ not in ("VBZ", "VBP") or tok.dep_ != "ccomp":
        return ""
    said = tok.head
    if said.lemma_.lower() not in ("say", "tell", "state", "explain", "note") or said.tag_ != "VBD":
        return ""
    if any(c.dep_ in ("aux", "auxpass", "neg") for c in tok.children) \
            or any(t.lower_ in DAY_WORDS or t.ent_type_ in ("DATE", "TIME") for t in tok.subtree):
        return ""
    return said.text


TALK_TOPIC_PREPS = word_set("talk_topic_preps")
TALK_PARTNER_PREPS = word_set("talk_partner_preps")
PLURAL_SUBJECT_WORDS = word_set("plural_subject_words")


def talk_on_a_topic(tok: "Token") -> str:
    """One speaker who talks about a topic with no partner ("Now my son talks about open borders", "The mayor talked
    of a new bridge"): speech on a topic, no consultation. Not talk with a partner ("talked with Xi about trade"), nor
    talk of two or more sides ("Putin and Xi talked about trade", "the two sides talked about trade"). Returns the
    topic's preposition, or ""."""
    if tok.lemma_.lower() != "talk" or tok.pos_ != "VERB" or any(c.dep_ in ("dobj", "dative") for c in tok.children):
        return ""
    preps = {c.lower_: c for c in tok.children if c.dep_ == "prep"}
    topic = next((preps[p] for p in preps if p in TALK_TOPIC_PREPS), None)
    if topic is None or preps.keys() & TALK_PARTNER_PREPS or _talked_in_a_conversation(preps.values()):
        return ""
    doers = subjects(tok)
    if len(doers) != 1 or doers[0].tag_ in ("NNS", "NNPS") or doers[0].lower_ in PLURAL_SUBJECT_WORDS \
            or any(c.dep_ == "nummod" or c.lower_ in PLURAL_SUBJECT_WORDS for c in doers[0].children):
        return ""
    return topic.text


CONVERSATION_NOUNS = word_set("meeting_nouns") | word_set("call_nouns")


def _talked_in_a_conversation(preps) -> bool:
    """A talk told as said in a call or a meeting ("talked about the grain deal in a phone call with Putin", "during
    his meeting with Aliyev"): the conversation names the partner."""
    return any(o.lemma_.lower() in CONVERSATION_NOUNS or o.lower_ in CONVERSATION_NOUNS
               for p in preps if p.lower_ not in TALK_TOPIC_PREPS for o in p.children if o.dep_ == "pobj")


RECIPROCAL_DESCRIBING_LEMMAS = word_set("reciprocal_describing_lemmas")


def reciprocal_people_described(tok: "Token") -> str:
    """Meeting or talking as what people at large did, told in a relative clause that describes them ("It was about
    people who met, traded, argued and sometimes fought"): a description of a past, no consultation. Not with a
    partner or a time ("people who met the governor on Monday"). Returns the people's word, or ""."""
    if tok.lemma_.lower() not in RECIPROCAL_DESCRIBING_LEMMAS:
        return ""
    verb = tok
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    if verb.dep_ != "relcl" or verb.head.lemma_.lower() not in GENERIC_PEOPLE_NOUNS:
        return ""
    if any(c.dep_ in ("dobj", "dative", "npadvmod") or (c.dep_ == "prep" and c.lower_ in TALK_PARTNER_PREPS)
           for c in tok.children) or any(t.ent_type_ in ("DATE", "TIME") for t in tok.subtree):
        return ""
    return verb.head.text


CLAIMING_POSTS = FOOTAGE_NOUNS | word_set("post_nouns")
UNOFFICIAL_CHANNEL_NOUNS = word_set("unofficial_channel_nouns")
CHANNEL_CLAIM_VERBS = word_set("channel_claim_verbs")
ONLINE_CHANNEL_MARKERS = word_set("online_channel_markers")
ONLINE_ONLY_SOURCES = word_set("online_only_sources")


def _owned_channel(source: "Token") -> bool:
    """A channel or account that belongs to someone named or to an office ("Gladkov's channel", "the ministry's
    Telegram channel", "the defence ministry channel")."""
    return any(c.dep_ == "poss" or (c.dep_ in ("compound", "nmod") and c.pos_ == "NOUN" and _among(c, ACTOR_NOUNS))
               for c in source.children)


def _unofficial_source(source: "Token") -> bool:
    """Channels, bloggers or accounts that belong to no one named or to no office; a single channel only when the text
    marks it as an online one ("the Rybar Telegram channel", "anonymous accounts", not "the Altyn Asyr channel" nor
    "television channels", broadcasters, nor "witness accounts"); bloggers are online by themselves."""
    if not _among(source, UNOFFICIAL_CHANNEL_NOUNS) or _owned_channel(source):
        return False
    return _among(source, ONLINE_ONLY_SOURCES) or any(w.lower_ in ONLINE_CHANNEL_MARKERS for w in source.subtree
                                                      if w.i < source.i)


def _telling_verb_above(tok: "Token", verbs: frozenset[str]) -> "Token | None":
    """The verb of `verbs` whose clause (through up to four clauses and conjuncts) the act is told in ("channels
    claimed that missiles had hit ...", "posts alleging that troops shelled ... and burned ..."), or None."""
    cur = tok
    for _ in range(4):
        if cur.dep_ not in ("ccomp", "conj") or cur.head.i == cur.i:
            return None
        cur = cur.head
        if cur.lemma_.lower() in verbs:
            return cur
    return None


def claimed_by_unofficial_channels(tok: "Token") -> str:
    """An act only unofficial channels or bloggers claim ("Pro-Kremlin Telegram channels claimed that Russian missiles
    had hit a training ground", "military bloggers reported that ..."): like a rumour, not coded (round 36); an
    official's or an office's channel tells it ("the governor's channel reported", "Gladkov said on his channel").
    Returns the source's word, or ""."""
    cur = _telling_verb_above(tok, CHANNEL_CLAIM_VERBS)
    sources = subjects(cur) if cur is not None else []
    if not sources or not all(_unofficial_source(s) for s in sources):
        return ""
    return sources[0].text


def claimed_by_a_post(tok: "Token") -> str:
    """An act told in what a post or a clip claims ("a video shared with captions claiming that fierce clashes had
    broken out and that several servicemen had been killed", "posts alleging that troops shelled the village"): the
    content of a post, which may be false, no act told by a party or a reporter. Not a party's statement claiming it
    ("the ministry issued a statement claiming that Taliban fighters had killed two guards"). Returns the post's
    word, or ""."""
    cur = _telling_verb_above(tok, CLAIMED_SHOWING_VERBS)
    if cur is None or cur.tag_ != "VBG":
        return ""
    posts = [cur.head] if cur.dep_ == "acl" else [c for c in cur.children if c.dep_ == "nsubj"]  # (the parser may make
    post = next((p for p in posts if _among(p, CLAIMING_POSTS)  # the participle a verb: "Posts claiming that ...")
                 and p.dep_ != "dobj"), None)  # (posts a party confirms or denies are its word: "confirmed posts claiming")
    return post.text if post is not None else ""


ORDNANCE_NOUNS = word_set("ordnance_nouns")
ORDNANCE_ACCIDENT_CUES = word_set("ordnance_accident_cues")
ORDNANCE_HOSTILE_WORDS = word_set("ordnance_hostile_words")
ORDNANCE_HARM_VERBS = frozenset({"kill", "wound", "injure", "maim", "explode", "detonate", "go"})
ORDNANCE_DISPOSAL_VERBS = frozenset({"destroy", "detonate", "defuse", "neutralise", "neutralize"})


def ordnance_accident(tok: "Token", lemmas: Sequence[str]) -> str:
    """Old or stored munitions that harm with no hostile hand told (round 37: "A shepherd was killed when he stepped on
    a landmine left from the 1990s war", "two deminers were killed when an anti-tank mine exploded as they cleared
    farmland", "Shells stored at a military depot exploded after a fire broke out"), or ordnance destroyed by those
    who clear it ("its engineers had destroyed 300 pieces of old ordnance"): no attack. The sentence, or the one before
    it, tells the remnant, the clearance or the depot; not when the sentence tells a hostile hand ("a mine laid by
    Armenian forces", "the depot was hit by drones"). Returns the munition's word, or ""."""
    lemma = tok.lemma_.lower()
    if lemma not in ORDNANCE_HARM_VERBS and lemma not in ORDNANCE_DISPOSAL_VERBS:
        return ""
    if not ORDNANCE_NOUNS.intersection(lemmas) or ORDNANCE_HOSTILE_WORDS.intersection(lemmas):
        return ""
    if lemma in ORDNANCE_DISPOSAL_VERBS and (disposed := _ordnance_object(tok)):
        return disposed
    if lemma not in ORDNANCE_HARM_VERBS:
        return ""
    sent = tok.sent
    told = [sent] + ([tok.doc[sent.start - 1].sent] if sent.start > 0 else [])
    if not any(_has_cue(nlp.span_text(s), ORDNANCE_ACCIDENT_CUES) for s in told):
        return ""
    return next((w.text for w in sent if w.lemma_.lower() in ORDNANCE_NOUNS or w.lower_ in ORDNANCE_NOUNS), "")


def _ordnance_object(verb: "Token") -> str:
    """The munition a verb (or the verb it is joined to) acts on ("destroyed a Second World War shell", "destroyed 300
    pieces of old ordnance"), or ""."""
    heads = [verb] + ([verb.head] if verb.dep_ == "conj" else [])
    objs = [o for v in heads for o in objects(v) + (passive_subjects(v) if is_passive(v) else [])]
    objs += [w for o in objs for w in prep_objects(o, ("of",))]
    return next((o.text for o in objs if o.lemma_.lower() in ORDNANCE_NOUNS or o.lower_ in ORDNANCE_NOUNS), "")
