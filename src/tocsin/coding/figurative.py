"""Readings that are no political news: sport, markets, culture and nature stories (a story-level genre), event
words used figuratively ("fired the winner", "shares retreated", "captured the audience"), and harm done by a
natural hazard. The coder asks these before it codes an act (analysis.py)."""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING, Sequence

from tocsin.coding.actor_link import NON_STATE_CODES, STATE_BODY_NOUNS, MentionIndex, dateline_end, entities_of
from tocsin.coding.syntax import (agents, is_passive, objects, passive_subjects, prep_objects, subjects, to_infinitive,
                                  with_conjuncts)
from tocsin.coding.staged_acts import CLASH_FORCE_NOUNS
from tocsin.coding.triggers import TriggerHit, own_clause
from tocsin.coding.drafts import has_word, tokens_with_word
from tocsin.coding.word_lists import type_set, word_set
from tocsin import nlp
from tocsin.types import Article, Entity

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Span, Token


SPORT_WORDS = word_set("sport_words")
VIOLENCE_WORDS = word_set("violence_words")
SPORT_PRONE_EVENTS = type_set("sport_prone")
SCORE = re.compile(r"\b\d{1,2}-\d{1,2}\b")  # "Russia beat Ukraine 2-1", "Brazil surrendered meekly to Germany"
HAZARD_NOUNS = word_set("hazard_nouns")
FIRING_PLACES = word_set("firing_places")
SHOT_AT_TARGETS = word_set("shot_at_targets")


def sport_cue(sent_text: str, texts: Sequence[str], lemmas: Sequence[str]) -> str:
    """A score ("beat Ukraine 2-1") or a word only sport and awards use, when nothing in the sentence tells of real
    violence."""
    score = SCORE.search(sent_text)
    cue = score.group(0) if score else next((w for w in texts if w in SPORT_WORDS), "")
    if cue and not (VIOLENCE_WORDS.intersection(texts) or VIOLENCE_WORDS.intersection(lemmas)):
        return cue
    return ""


GENRES = {name: word_set(f"genre_{name}") for name in ("sport", "market", "culture", "nature")}
HARD_NEWS_WORDS = word_set("hard_news_words")
GENRE_MIN_WORDS = 3  # distinct words of one soft-news kind a story needs to be of that kind
HARD_NEWS_WEIGHT = 2  # ... and more than this many times as many as it has words of hard news
GENRE_PRONE_TYPES = {name: type_set(f"genre_prone_{name}") for name in GENRES}
REAL_CONFLICT_WORDS = word_set("real_conflict_words")
GENRE_ROLE_NOUNS = word_set("genre_role_nouns")
SPORT_ROLE_NOUNS = word_set("sport_role_nouns")
# parties of a political act: states' organs, armed groups, parties, international bodies (not firms, teams, artists)
POLITICAL_SECTORS = {"GOV", "MIL", "COP", "SPY", "JUD", "LEG", "REB", "PRM", "UAF", "CRM", "OPP", "PTY"}
POLITICAL_CODES = {"IGO", "UNO", "EUR", "IMG", "ISM"}
TITLE_WORDS = re.compile(r"[a-z][a-z'\-]+")
HYPHENED_WORDS = re.compile(r"\b[a-z]+-[a-z]+\b")  # (the tagger splits "half-time", "quarter-final" at the hyphen)


def _story_words(article: Article, doc: "Doc") -> set[str]:
    """The words of a story (title and text), as surface forms and, for nouns and adjectives, lemmas ("shares",
    "share"; a verb counts by its form only: "stormed" is no "storm"); a hyphened word whole ("Half-time",
    "the quarter-final draw"), which the tagger splits."""
    table = nlp.token_table(doc)
    words = set(table.lower) | set(TITLE_WORDS.findall(article.title.lower()))
    words |= set(HYPHENED_WORDS.findall(nlp.doc_text(doc).lower()))
    words |= {lemma for lemma, pos in zip(table.lemma, table.pos) if pos in ("NOUN", "PROPN", "ADJ", "NUM")}
    return words


def _genre_counts(article: Article, doc: "Doc") -> tuple[dict[str, int], int]:
    """How many distinct words of each soft-news kind a story has (a scoreline counts as one for sport), and how many
    of hard news."""
    words = _story_words(article, doc)
    counts = {name: len(words & lexicon) for name, lexicon in GENRES.items()}
    if SCORE.search(article.title + " " + nlp.doc_text(doc)):
        counts["sport"] += 1
    return counts, len(words & HARD_NEWS_WORDS)


def story_leaning(article: Article, doc: "Doc") -> str:
    """The soft-news kind a story has words enough of (GENRE_MIN_WORDS), whatever its words of hard news: a match
    report that also tells of police at the ground ("laid siege to the Georgian goal ... Police detained 12 fans")
    leans to sport, though it is no sport story (story_genre); its sentences of play are read one by one
    (sentence_genre). Returns the kind, or ""."""
    counts, _ = _genre_counts(article, doc)
    name, count = max(counts.items(), key=lambda nc: nc[1])
    return name if count >= GENRE_MIN_WORDS else ""


def story_genre(article: Article, doc: "Doc") -> str:
    """The kind of soft news a story is, from the words of the whole story: "sport" for a match report ("beat
    Armenia 3-1", "striker", "penalty", "coach"), "market" for a market report ("shares", "tenge", "investors"),
    "culture" for a festival or concert ("festival", "audience", "ensemble"), "nature" for a weather or climbing
    report ("temperatures", "degrees", "climbers", "ascent"); "" for hard news. A kind needs GENRE_MIN_WORDS words of
    its own (a scoreline counts as one for sport) and over twice as many as the story has words of hard news
    ("government", "police", "troops", "sanctions": a festival story with a riot is news)."""
    counts, hard = _genre_counts(article, doc)
    name, count = max(counts.items(), key=lambda nc: nc[1])
    return name if count >= GENRE_MIN_WORDS and count > HARD_NEWS_WEIGHT * hard else ""


# the moves of a board game counted ("resign on move 41", "agreed a draw after 25 moves", "resigned four moves later")
GAME_MOVES = re.compile(r"\bmove\s+\d+\b|\b\d+\s+moves\b|\b(?:two|three|four|five|six|seven|eight|nine|ten)\s+moves\s+later\b",
                        re.IGNORECASE)


# the pieces and wings of a chess board in play ("a fierce attack on the white king", "after sacrificing a knight",
# "attacked relentlessly on the queenside", "held the draw", "a fierce attack with the black pieces"): not "a desperate
# gambit", "migrants used as pawns"
CHESS_PLAY = re.compile(r"\b(?:white|black)(?:'s)?\s+(?:king|queen|rook|bishop|knight|pawn|piece)s?\b|\b(?:queen|king)side\b"
                        r"|\bsacrific\w*\s+(?:a|an|the|his|her|their)\s+(?:knight|bishop|rook|queen|pawn|piece|exchange)\b"
                        r"|\bheld\s+(?:the|a)\s+draw\b", re.IGNORECASE)
SPORT_PLAY_WORDS = word_set("sport_play_words")


def _play_sentence(sent: "Span", need_play_word: bool = False) -> bool:
    """A sentence that tells play on the field ("laid siege to the Georgian goal in the second half and won 2-1",
    "besieged the Georgian penalty area before Guler scored") and no real conflict; with `need_play_word`, a word of
    play is needed besides a scoreline ("GOAL! Qarabag strike late to beat Kairat 2-1", not "the court voted 2-1")."""
    table = nlp.token_table(sent.doc)
    words = {*table.lower[sent.start:sent.end], *table.lemma[sent.start:sent.end]}
    play = bool(words & SPORT_PLAY_WORDS) or (not need_play_word and bool(SCORE.search(nlp.span_text(sent))))
    return play and not _real_conflict_cue(sent)


def sentence_genre(genre: str, sent: "Span", leaning: str = "") -> str:
    """The kind of soft news a sentence tells: its story's kind; or "sport" for a sentence that counts the moves of
    a game or names the chess pieces in play ("a fierce attack forced Radjabov to resign on move 41", "after
    sacrificing a knight and launching an attack on the white king") in a story of no kind: such a count is as
    sure a sign of a game as a scoreline; or "sport" for a sentence with a scoreline and a word of play, in it or in
    the head of its line ("GOAL! Qarabag strike late to beat Kairat 2-1 and seize top spot"; not "the court voted 2-1");
    or "sport" for a sentence of play in a story that leans to sport
    (story_leaning), whatever police act another sentence tells ("the Turkish visitors laid siege to the Georgian
    goal in the second half. Police detained 12 Turkish fans before kick-off")."""
    if genre:
        return genre
    text = nlp.span_text(sent)
    if GAME_MOVES.search(text) or CHESS_PLAY.search(text):
        return "sport"
    if leaning == "sport" and _play_sentence(sent):
        return "sport"
    if SCORE.search(text) and any(_play_sentence(s, need_play_word=True) for s in _sentence_and_its_line_head(sent)):
        return "sport"
    return ""


def _sentence_and_its_line_head(sent: "Span") -> list["Span"]:
    """A sentence, and the sentence before it when that one opens the same line ("21:40 -- GOAL! Qarabag strike late
    to beat Kairat 2-1": a live blog's exclamation heads its entry)."""
    if sent.start == 0:
        return [sent]
    before = sent.doc[sent.start - 1].sent
    text = nlp.doc_text(sent.doc)
    return [sent] if "\n" in text[before.start_char:sent.start_char] else [sent, before]


TEAM_NAME_KINDS = {"country", "capital", "demonym"}  # "Georgia beat Armenia", "Dynamo Kyiv", "the Iranian defence"


def _political_party(ents: Sequence[Entity], genre: str, index: MentionIndex) -> Entity | None:
    """The first party of an act that can act politically in a soft-news story: an organ of a state, an armed
    group, a party, an international body ("riot police", "the government", "the EU"), or a state named as such
    ("Russia cut gas supplies", not "Kazakh climbers", a nationality). In a match report a country or a capital is
    a team ("Georgia beat Armenia", "beat Dynamo Kyiv"), and so is a side named by no word of the sentence. Not the people a soft-news story calls by a word the actor
    dictionary takes for an organ ("the jury", "the hosts"; in a match report "his side", "the league leaders",
    "match officials")."""
    roles = GENRE_ROLE_NOUNS | (SPORT_ROLE_NOUNS if genre == "sport" else frozenset())
    for e in ents:
        head = e.entity_text.lower().split()[-1:] if e.entity_text else []
        if (head and head[0] in roles) or e.office.lower() in roles:  # ("His Armenian counterpart Yegishe Melikyan" of
            continue  # a coach is a coach)
        kind = index.kind_of(e)
        if genre == "sport" and (kind in TEAM_NAME_KINDS or not e.entity_text):  # (a side known only from a
            continue  # speaker's "we" or the story: "'We were invaded in our own half,' the Uzbekistan captain said")
        if e.sector in POLITICAL_SECTORS or e.code in POLITICAL_CODES:
            return e
        if not e.sector and len(e.code) == 3 and e.code not in NON_STATE_CODES and kind != "demonym":
            return e
    return None


def _figurative_multitude(t: "Token") -> bool:
    """A word for an army used of a crowd of civilians ("an army of volunteers", "troops of dancers, singers and
    musicians"); not "troops of the 201st division"."""
    if t.lemma_.lower() not in MULTITUDE_NOUNS and t.lower_ not in MULTITUDE_NOUNS:
        return False
    members = [w for o in prep_objects(t, ("of",)) for w in with_conjuncts(o)]
    return bool(members) and all(w.lemma_.lower() in UNARMED_HELPERS or w.lemma_.lower() in FIGURATIVE_DOERS
                                 for w in members)


def _in_simile(t: "Token") -> bool:
    """Whether a word is inside a simile, a "like" or "as if" phrase or clause ("We fought like soldiers defending their
    border", "fought for every ball like it was a war", "as if it were a war")."""
    cur = t
    for _ in range(5):
        if cur.lower_ == "like" and cur.dep_ in ("prep", "mark") or (cur.dep_ in ("advcl", "pobj") and any(
                c.dep_ == "mark" and c.lower_ in ("like", "if", "though") for c in cur.children)):
            return True
        if cur.head.i == cur.i:
            return False
        cur = cur.head
    return False


def _real_conflict_cue(sent: "Span") -> str:
    """A word of real conflict in the sentence ("fans clashed with riot police", "troops deployed to evacuate"),
    not in an idiom with "off" ("two goals killed off the contest"), a figure for a crowd ("an army of volunteers") nor
    a simile ("We fought like soldiers defending their border")."""
    for t in sent:
        if (t.lower_ in REAL_CONFLICT_WORDS or t.lemma_.lower() in REAL_CONFLICT_WORDS) \
                and not any(c.dep_ == "prt" and c.lower_ == "off" for c in t.children) and not _figurative_multitude(t) \
                and not _in_simile(t):
            return t.text
    return ""


def figurative_in_genre(genre: str, event: str, actors: Sequence[Entity], recips: Sequence[Entity],
                         sent: "Span", index: MentionIndex) -> str:
    """Why an act of a soft-news story is a figure of speech ("" when it may be real): in a match, market, culture
    or nature report ("Georgia beat Armenia 3-1", "shares of Halyk Bank retreated", "the ensemble captured the
    audience", "a storm forced the group to retreat") an act of a type that kind of story uses figuratively
    (types.genre_prone_*) needs a political party (_political_party) or a word of real conflict in its sentence
    ("fans clashed with police after the match", "police detained the festival's organisers")."""
    if not genre or event not in GENRE_PRONE_TYPES[genre]:
        return ""
    if _political_party(list(actors) + list(recips), genre, index) is not None or _real_conflict_cue(sent):
        return ""
    return f"a {genre} story tells it figuratively (no political party)"


FIGURATIVE_DOERS = word_set("figurative_doers")
FIGURATIVE_DOER_TYPES = type_set("figurative_doer_types")
MULTITUDE_NOUNS = word_set("multitude_nouns")
UNARMED_HELPERS = word_set("unarmed_helpers")
CONTEST_NOUNS = word_set("contest_nouns")
# (a game, not a vote, a trial, or a word of other senses: "in a set of raids", "in the final phase", "the arms race")
GAME_NOUNS = CONTEST_NOUNS - word_set("contests_not_games")
CIVIL_ARENAS = word_set("civil_arenas")
CONTEST_PRIZES = word_set("contest_prizes")
FIGHTING_VERBS = {"fight", "battle", "wage"}  # what is fought in an arena ("will be fought in polling stations")
REFUGE_NOUNS = word_set("refuge_nouns")
SQUAD_NOUNS = word_set("squad_nouns")
FORCING_VERBS = word_set("forcing_verbs")


ONLINE_CELEBRITIES = word_set("online_celebrities")


def figurative_doer(tok: "Token", index: MentionIndex) -> str:
    """The word for a player, an investor, a climber or an artist that is the doer of a verb trigger, who acts on
    no one in the sense of a political verb ("striker Khamdamov fired the hosts ahead", "the seven climbers attacked
    the final ridge", "foreign funds had been attacking the exit", "a children's ensemble captured the audience",
    "Sepahan's coach promised", "the climbers reached the summit"); its title counts for a name ("Georgia coach
    Willy Sagnol praised"). Not a name the actor dictionary knows ("the International Monetary Fund"); a blogger or an
    influencer even so ("Russian blogger X praised the city's metro")."""
    doers = agents(tok) if is_passive(tok) else subjects(tok)
    # "a band of gunmen": the gunmen act
    doers = [m for d in doers for m in ((d.lemma_.lower() in MULTITUDE_NOUNS | {"band"} and prep_objects(d, ("of",))) or [d])]
    for d in doers:
        words = [d] if d.pos_ != "PROPN" else []
        words += [c for c in d.children if c.dep_ in ("compound", "appos") and c.pos_ == "NOUN"
                  and not (c.dep_ == "compound" and d.lemma_.lower() in STATE_BODY_NOUNS)]  # ("the fund committee")
        for w in words:
            if (index.at(w) is None and w.lemma_.lower() in FIGURATIVE_DOERS) or w.lemma_.lower() in ONLINE_CELEBRITIES:
                return w.text
    return ""


JOKING_VERBS = word_set("joking_verbs")
SPORT_SIDE_NOUNS = word_set("sport_side_nouns")
SPORT_SIDES = SPORT_SIDE_NOUNS | FIGURATIVE_DOERS
SCARE_QUOTES = {'"', "“", "”", "'", "‘", "’"}


def told_in_jest(tok: "Token") -> str:
    """A verb said in jest or set alone in scare quotes ("'He invaded my territory from the first second, so I had to
    defend it,' Toktorov joked", "the coach said the squad had \"invaded\" Bishkek by air"): a figure of speech, no
    act, when a team or a player does it. Not "'Troops invaded our village,' the mayor said", a quoted phrase ("had
    \"invaded Bishkek\""), nor a party's quoted word ("its troops had \"liberated\" the village", "the EU \"regrets\"").
    Returns the joking verb or the quoted word, or ""."""
    doc = tok.doc
    if tok.pos_ == "VERB" and 0 < tok.i < len(doc) - 1 and doc[tok.i - 1].text in SCARE_QUOTES \
            and doc[tok.i + 1].text in SCARE_QUOTES and any(_sport_side_word(d) for d in subjects(tok)):
        return tok.text
    cur, reported = tok, False
    for _ in range(5):
        reported = reported or cur.dep_ in ("ccomp", "parataxis")
        if cur.head.i == cur.i:
            break
        cur = cur.head
        if reported and cur.lemma_.lower() in JOKING_VERBS:
            return cur.text
    return ""


def _sport_side_word(doer: "Token") -> bool:
    """A team or a player as a doer ("the squad", "the players"), not "its troops", "the EU"."""
    return doer.lemma_.lower() in SPORT_SIDES or doer.lower_ in SPORT_SIDES


def _contest_word(w: "Token", words: frozenset[str]) -> bool:
    """The word, or a noun compounded with it, is one of `words` ("polling stations", "election campaign"); an
    adjective never counts ("in the final hours before the truce", "in the final phase of their offensive")."""
    mods = [c for c in w.children if c.dep_ in ("compound", "amod") and c.pos_ != "ADJ" and c.tag_ != "JJ"]
    return any(x.lemma_.lower() in words or x.lower_ in words for x in [w] + mods)


def contest_of_object(tok: "Token") -> str:
    """The game a taking, or its object, is in ("When you seize a ridge in our game", "seize the castle in this game"):
    a move in a game, no seizure (not "seized ballots in the election", "in court"). Returns the game's word, or ""."""
    places = prep_objects(tok, ("in",)) + [w for o in objects(tok) for w in prep_objects(o, ("in",))]
    return next((w.text for w in places if _contest_word(w, GAME_NOUNS)), "")


TRADE_SHARE_WORDS = word_set("trade_share_words")


def share_of_a_trade(tok: "Token") -> str:
    """A part of a market taken ("Online shops have seized most of the drug market", "took half of the retail market"):
    a trade won, nothing seized from anyone (not "Taliban fighters seized the main market in Kunduz", a place).
    Returns the market's word, or ""."""
    for part in objects(tok):
        if part.lemma_.lower() in TRADE_SHARE_WORDS:
            market = next((m for m in prep_objects(part, ("of",)) if m.lemma_.lower() == "market"), None)
            if market is not None:
                return market.text
    return ""


def contest_fight(tok: "Token") -> str:
    """The contest a fight or a win is told in: a match, a cup, an election ("his side would fight back in the
    Cup", "fought back to beat her opponent in the Dubai final"), not a battle; or an arena of votes, customers or
    words ("the decisive battles will be fought in polling stations and in parliament", "the battle for the banking
    market will be fought in mobile apps", "Moscow would fight it in every forum"); or the contest is what is fought
    ("Armenia's election campaign has been fought largely over the 2020 defeat", "the battle for young voters will be
    fought ..."). The "in" phrase hangs from the
    trigger or from the verb of its purpose ("to beat"), not from a phrase further off ("the latest in a series")."""
    verbs = [tok] + [c for c in tok.children if c.dep_ in ("xcomp", "advcl") and c.pos_ == "VERB" and to_infinitive(c)]
    fighting = tok.lemma_.lower() in FIGHTING_VERBS
    places = [w for v in verbs for w in prep_objects(v, ("in", "on") if fighting else ("in",))]
    places += [c for w in places for c in w.children if c.dep_ == "conj"]  # "in polling stations and in parliament"
    arenas = CONTEST_NOUNS | (CIVIL_ARENAS if fighting else frozenset())  # ("fought on television and social media")
    for w in places:
        if _contest_word(w, arenas):
            return w.text
    if (game := contest_of_object(tok)):
        return game
    if tok.lemma_.lower() == "fight":
        fought = passive_subjects(tok) if is_passive(tok) else []
        prizes = [p for w in fought + objects(tok) for p in prep_objects(w, ("for",)) if p.lemma_.lower() in CONTEST_PRIZES]
        contest = next((w for w in fought + prizes if _contest_word(w, CONTEST_NOUNS | CONTEST_PRIZES)), None)  # "the
        if contest is not None:  # battle for voters", "fighting a war for the Chinese traveller"
            return contest.text
    return ""


def scoreline_on(tok: "Token") -> str:
    """A score told with the verb itself ("Karlsruhe beat Hertha 2-1", "beat Dynamo Kyiv 3-2"): a result, whatever
    else the sentence says ("fired home a late winner")."""
    for c in tok.children:
        if SCORE.fullmatch(c.text):
            return c.text
        if c.like_num and c.i + 2 < len(c.doc) and c.doc[c.i + 1].text in ("-", "–") and c.doc[c.i + 2].like_num \
                and SCORE.fullmatch(f"{c.text}-{c.doc[c.i + 2].text}"):
            return f"{c.text}-{c.doc[c.i + 2].text}"
    return ""


def hazard_warning(tok: "Token") -> str:
    """The natural hazard a warning is of ("warned of dust storms", "warned on Sunday of heavy snow and
    blizzards", "issued a storm warning"): a forecast, not a threat. Not a figure ("warned of a storm of protests")."""
    # the hazard as the noun's modifier ("a storm warning for the northern coast"; the parser may make "warning" a
    # participle on the hazard noun)
    modifiers = [c for c in tok.children if c.dep_ in ("compound", "amod")] if tok.pos_ == "NOUN" else []
    if tok.dep_ == "acl" and tok.head.i == tok.i - 1 and tok.head.pos_ == "NOUN":
        modifiers.append(tok.head)
    named = next((m for m in modifiers if m.lemma_.lower() in HAZARD_NOUNS or m.lower_ in HAZARD_NOUNS), None)
    if named is not None:
        return named.text
    for w in prep_objects(tok, ("of", "about")):
        if (w.lemma_.lower() in HAZARD_NOUNS or w.lower_ in HAZARD_NOUNS) and not prep_objects(w, ("of",)):
            return w.text
    return ""


def forced_by_hazard(tok: "Token", index: MentionIndex) -> str:
    """The hazard that made someone act ("a storm forced the group to retreat", "fog forced the plane to turn
    back"): no act of theirs, unless they are an organ of state ("floods forced the army to withdraw")."""
    forcer = tok.head
    if tok.dep_ not in ("xcomp", "ccomp") or forcer.lemma_.lower() not in FORCING_VERBS:
        return ""
    hazard = natural_doer(forcer)
    if hazard and not any(e.sector in POLITICAL_SECTORS for e in entities_of(objects(forcer), index)):
        return hazard
    return ""


def forced_on_a_person(tok: "Token", index: MentionIndex) -> str:
    """A signature or consent forced out of a private person ("officers forced him to sign a document he did not
    understand", "the detainees were made to sign confessions"): coercion told, no support of the signer's (round 33).
    Not a state or its organs made to sign ("Moscow forced Armenia to sign the treaty"). Returns the forced person's
    words, or ""."""
    forcer = tok.head
    if tok.dep_ not in ("xcomp", "ccomp") or forcer.lemma_.lower() not in FORCING_VERBS:
        return ""
    forced = passive_subjects(forcer) if is_passive(forcer) else objects(forcer)
    if not forced or any(e.code and (e.sector in POLITICAL_SECTORS or not e.sector) for e in entities_of(forced, index)) \
            or any(f.lemma_.lower() in CLASH_FORCE_NOUNS or f.lower_ in CLASH_FORCE_NOUNS for f in forced):
        return ""  # (nor an armed party: "forced the rebels to sign a ceasefire")
    return forced[0].text


def unarmed_mobilised(tok: "Token") -> str:
    """Helpers without arms made ready ("an army of more than 1,200 volunteers has been mobilised to guide
    visitors", "students were mobilised to clean the streets"): no show of force, unless the sentence tells of
    conflict."""
    moved = passive_subjects(tok) if is_passive(tok) else objects(tok)
    heads = []
    for m in moved:
        members = prep_objects(m, ("of",)) if m.lemma_.lower() in MULTITUDE_NOUNS else []
        heads += members or [m]
    if heads and all(h.lemma_.lower() in UNARMED_HELPERS or _unarmed_mission(h) for h in heads) \
            and not _real_conflict_cue(tok.sent):
        return heads[0].text
    return ""


UNARMED_MISSION_MARKS = word_set("unarmed_mission_marks")
CIVIL_WORK_WORDS = word_set("civil_work_words")
PUBLIC_ORDER_WORDS = word_set("public_order_words")


def _purpose_clauses(tok: "Token") -> list["Token"]:
    """The "to"-clauses of purpose under a sending verb; also a purpose the parser took for a "to" phrase whose civil
    verb it read as an adjective ("have been sent to clear snow-blocked roads": to -> roads, clear an amod)."""
    clauses = [c for c in tok.children if c.dep_ in ("advcl", "xcomp") and c.tag_ == "VB"
               and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
    for to in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "to" and c.i + 1 < len(c.doc)):
        verb = to.doc[to.i + 1]
        if verb.tag_ == "JJ" and verb.lower_ in CIVIL_WORK_WORDS:
            clauses.append(to)
    return clauses


def troops_sent_for_civil_work(tok: "Token") -> str:
    """Troops sent with a purpose of civil work at home ("sent around 150 soldiers to help clear roads", "deployed
    troops to fight the wildfires"): disaster relief, no show of force (not "sent troops to clear the area of
    militants", a purpose told with a word of conflict). Returns the purpose's civil word, or ""."""
    for purpose in _purpose_clauses(tok):
        words = list(purpose.subtree)
        if any(w.lower_ in REAL_CONFLICT_WORDS or w.lemma_.lower() in REAL_CONFLICT_WORDS or w.lower_ in PUBLIC_ORDER_WORDS
               for w in words):
            continue  # (nor "sent troops to restore order", public order kept by force)
        civil = next((w for w in words if w.lower_ in CIVIL_WORK_WORDS or w.lemma_.lower() in CIVIL_WORK_WORDS), None)
        if civil is not None:
            return civil.text
    return ""


def _unarmed_mission(noun: "Token") -> bool:
    """A mission or a team sent to watch or to help ("an observation mission", "a fact-finding team", "election
    observers' mission"), not a military one."""
    return noun.lemma_.lower() in ("mission", "team", "delegation") and any(
        c.dep_ in ("compound", "amod") and c.lower_ in UNARMED_MISSION_MARKS for c in noun.children)


def sent_to_refuge(tok: "Token", hit: TriggerHit) -> str:
    """People sent to shelters or to their homes, an evacuation: the rule's aid word was only the place they went
    to ("players, officials and spectators were sent to shelters")."""
    sent_off = passive_subjects(tok) if is_passive(tok) else objects(tok)
    if any(o.lemma_.lower() in hit.rule.object or o.lower_ in hit.rule.object for o in sent_off):
        return ""  # "sent tents to the shelters"
    refuge = [w for w in prep_objects(tok, ("to", "into")) if w.lemma_.lower() in REFUGE_NOUNS]
    return refuge[0].text if refuge else ""


DEFUNCT_STATE_WORDS = word_set("defunct_state_words")
DEFUNCT_STATE_NEGATORS = word_set("defunct_state_negators")
DEFUNCT_BY_YEAR = 1992  # the states of defunct_state_words were all gone by then


def defunct_state_doer(tok: "Token", pub: dt.date | None) -> str:
    """The word naming a state gone before the story was written that marks the doer of a verb trigger ("Soviet
    leader Mikhail Gorbachev cut short a visit to fly to the region", "Soviet troops entered Vilnius"): history, not
    news. Not "former Soviet republics", "post-Soviet states". Returns the word, or ""."""
    if pub is None or pub.year <= DEFUNCT_BY_YEAR:
        return ""
    for doer in (agents(tok) if is_passive(tok) else subjects(tok)):
        words = [w for w in doer.subtree if w.i <= doer.i]
        if any(w.lower_ in DEFUNCT_STATE_NEGATORS for w in words):
            continue
        named = next((w for w in words if w.lower_ in DEFUNCT_STATE_WORDS and not _era_compound(w)), None)
        if named is not None:
            return named.text
    return ""


def _era_compound(word: "Token") -> bool:
    """"Soviet-era jets", "Soviet-made tanks": the state names when the thing was made, not who acts now."""
    doc = word.doc
    return word.i + 2 < len(doc) and doc[word.i + 1].text in ("-", "–") and doc[word.i + 2].lower_ in ERA_WORDS


ERA_WORDS = word_set("era_words")
MEETING_LINES = word_set("meeting_lines")


def lines_meeting(tok: "Token") -> str:
    """Lines on a map that meet ("the peak sits where the borders of Kazakhstan, Kyrgyzstan and China meet", "where
    the Kura and Aras rivers meet"): no meeting of the states they belong to. Returns the line word, or ""."""
    lines = subjects(tok)
    if tok.lemma_.lower() == "meet" and lines and all(t.lemma_.lower() in MEETING_LINES for t in lines):
        return lines[0].text
    return ""


COMMERCE_VERBS = word_set("commerce_verbs")
MARKET_PARTIES = word_set("market_parties")
TRADED_HOLDINGS = word_set("traded_holdings")


def _state_named(tok: "Token", index: MentionIndex) -> bool:
    """The word names a state as such or one of its organs ("Russia", "Moscow", "the Finance Ministry"), not a firm
    that a country's name goes with ("Kazakhstan's Halyk Bank")."""
    m = index.at(tok)
    return m is not None and (m.kind in ("country", "capital") or m.entity.sector in POLITICAL_SECTORS)


JOB_OFFER_NOUNS = word_set("job_offer_nouns")
SALES_TERMS = word_set("sales_terms")
ENLISTEE_NOUNS = word_set("enlistee_nouns")


def commercial_offer(tok: "Token", index: MentionIndex) -> str:
    """An offer or a bid of a firm, a deal of the market and no state's offer: to buy or sell a business ("Turkey's
    Turkcell offered to buy Georgian mobile operator Silknet"), or money offered to shareholders ("Halyk Bank
    launched a hostile bid, offering 430 million dollars directly to shareholders", "offered shareholders 12 dollars a
    share", "offered 300 million dollars for a controlling stake"). Not when the doer is a state
    ("Russia offered to buy Armenian grain"). Jobs offered by employers or firms are hiring, too. Returns the word of
    the deal, or ""."""
    if tok.lemma_.lower() not in ("offer", "bid"):  # (not "a fund pledged to invest 600 million dollars in a plant")
        return ""
    deal = [c for c in tok.children if c.dep_ == "xcomp" and c.lemma_.lower() in COMMERCE_VERBS]
    deal += [w for w in prep_objects(tok, ("to",)) + [c for c in tok.children if c.dep_ == "dative"]
             if w.lemma_.lower() in MARKET_PARTIES or w.lower_ in MARKET_PARTIES]
    deal += [w for o in objects(tok) for w in [o, *(c for c in o.children if c.dep_ == "compound")]  # ("offering sellers
             if w.lemma_.lower() in MARKET_PARTIES or w.lower_ in MARKET_PARTIES]  # commissions", a second object misparsed)
    deal += [w for w in prep_objects(tok, ("for",)) if w.lemma_.lower() in TRADED_HOLDINGS]
    deal += [o for o in objects(tok) if o.lemma_.lower() in JOB_OFFER_NOUNS or o.lower_ in JOB_OFFER_NOUNS]  # ("More than
    # 120 employers offered jobs to veterans at a job fair": hiring, no party's offer)
    deal += [w for o in objects(tok) for w in [o, *(c for c in o.children if c.dep_ in ("compound", "amod"))]
             if w.lemma_.lower() in SALES_TERMS or w.lower_ in SALES_TERMS]  # ("Developers are offering instalment plans",
    # "is offering discounted fares on its new route": terms of sale)
    offered_to = (passive_subjects(tok) if is_passive(tok) else []) + prep_objects(tok, ("to",)) \
        + [c for c in tok.children if c.dep_ == "dative"]
    offered_to += [c for w in offered_to for c in w.children if c.dep_ == "appos"]  # (a dateline the parser made the head)
    offered_to += [o for o in objects(tok) if o.lower_ in ENLISTEE_NOUNS and o.tag_ == "NNS"]  # (the people taken for
    # the thing offered: "adverts offering foreigners signing bonuses")
    deal += [w for w in offered_to if w.lemma_.lower() in ENLISTEE_NOUNS or w.lower_ in ENLISTEE_NOUNS
             or (is_passive(tok) and (w.lemma_.lower() in MARKET_PARTIES or w.lower_ in MARKET_PARTIES))]
    # ("Recruits who sign a contract with the army are offered free higher education": terms of service)
    doers = [d for d in (agents(tok) if is_passive(tok) else subjects(tok)) if d.idx >= index.dateline_end]
    if not deal or any(_state_named(d, index) for d in doers):  # (not the dateline the parser took for the doer)
        return ""
    return deal[0].text


def commercial_agreement(tok: "Token", index: MentionIndex) -> str:
    """A firm's agreement to buy or sell a holding ("Kazakhstan's Kaspi.kz agreed to buy a 65 percent stake in a Turkish
    payments company"): a deal of the market, no state's promise (not "Russia agreed to buy a stake in the pipeline").
    Returns the holding, or ""."""
    if tok.lemma_.lower() != "agree":
        return ""
    held = [o for c in tok.children if c.dep_ == "xcomp" and c.lemma_.lower() in COMMERCE_VERBS
            for o in objects(c) if o.lemma_.lower() in TRADED_HOLDINGS]
    doers = [d for d in subjects(tok) if d.idx >= index.dateline_end]
    if not held or not doers or any(_state_named(d, index) for d in doers):
        return ""
    return held[0].text


GUEST_NOUNS = word_set("guest_nouns")
SPEAKING_VERBS = word_set("speaker_verbs")


def _speaker_words(verb: "Token") -> list["Token"]:
    """The subject of the reporting verb a quoted clause hangs from ('"... they offered us apricots," said a German
    cyclist': "cyclist"), or none."""
    cur = verb
    while cur.dep_ in ("conj", "xcomp") and cur.head.i != cur.i:
        cur = cur.head
    if cur.dep_ not in ("ccomp", "parataxis") or cur.head.lemma_.lower() not in SPEAKING_VERBS:
        return []
    return subjects(cur.head)


def favour_to_guests(tok: "Token") -> str:
    """Travellers an offer or a gift goes to: hospitality, no act between political parties ("Villagers in Murghab
    offered two Swiss cyclists a bed for the night"; "'they offered us apricots,' said a German cyclist", where "us"
    are the travelling speaker's party). Returns the travellers' word, or ""."""
    takers = objects(tok) + prep_objects(tok, ("to",))  # (the parser makes "two Swiss cyclists" a second object,
    # or a counted noun before the gift a compound of it: "offered two French hikers tea")
    takers += [c for o in objects(tok) for c in o.children if c.dep_ == "compound" and any(g.dep_ == "nummod" for g in c.children)]
    for t in takers:
        if t.lemma_.lower() in GUEST_NOUNS or t.lower_ in GUEST_NOUNS:
            return t.text
        if t.lower_ in ("us", "me"):
            guest = next((s for s in _speaker_words(tok) if s.lemma_.lower() in GUEST_NOUNS), None)
            if guest is not None:
                return guest.text
    return ""


PROSPECT_VERBS = word_set("prospect_verbs")


def threatened_prospect(tok: "Token") -> str:
    """What a "threaten to" tells as a likely outcome, not a threat of harm ("Wei had threatened to overtake the
    leader", "the conflict threatens to spill over into Tajikistan"). Returns the outcome's verb, or ""."""
    for c in tok.children:
        if c.dep_ == "xcomp" and to_infinitive(c) and c.lemma_.lower() in PROSPECT_VERBS:
            return c.text
    return ""


def level_named(tok: "Token") -> str:
    """The preposition of a level a trigger word names ("temperatures fell below freezing", "dropped below freezing
    overnight", "still close to freezing"): a measure, no act of freezing anything. Returns the preposition, or ""."""
    before = tok.doc[tok.i - 1] if tok.i > 0 else None  # (the parser may leave "below" without its object)
    if before is None or any(c.dep_ in ("dobj", "nsubj", "nsubjpass") for c in tok.children):
        return ""
    if before.lower_ in ("below", "above", "around"):
        return before.text
    nearness = tok.doc[tok.i - 2] if tok.i > 1 else None  # "close to freezing", "near to freezing"
    if before.lower_ == "to" and nearness is not None and nearness.lower_ in ("close", "near"):
        return f"{nearness.text} to"
    return ""


def released_from_team(tok: "Token") -> str:
    """A player or worker let go from a team or a contract, not from custody ("Armenia released defender
    Mkrtchyan from the squad")."""
    team = [w for w in prep_objects(tok, ("from",)) if w.lemma_.lower() in SQUAD_NOUNS]
    return team[0].text if team else ""


def _when_clause_doers(verb: "Token") -> list["Token"]:
    """The doers of a "when"/"as" clause on the verb ("were killed when a mudflow swept through the village")."""
    return [s for c in verb.children if c.dep_ == "advcl" and any(
        m.dep_ in ("mark", "advmod") and m.lower_ in ("when", "as") for m in c.children) for s in subjects(c)]


def natural_doer(verb: "Token") -> str:
    """The hazard or accident that does the harm ("Cyclone Nargis killed ...", "were killed by the earthquake",
    "the worst disaster to strike the haj", "were killed when a mudflow swept through the village"), if that is what
    the verb's subject or agent, or the doer of a "when" clause on it, names, or what such a doer is a quantity of
    ("when torrents of mud tore through the villages")."""
    if verb.dep_ in ("acl", "relcl") and verb.head.pos_ == "NOUN" and not agents(verb):
        doers = [verb.head]
    else:  # (a passive relative clause names its doer: "families whose homes were destroyed or damaged by mudflows")
        doers = agents(verb) if is_passive(verb) else subjects(verb)
    doers = doers + _when_clause_doers(verb)
    doers = doers + [o for d in doers for o in prep_objects(d, ("of",))]  # "torrents of mud ... destroying 300 houses"
    doers = doers + [c for d in doers for c in d.children if c.dep_ == "appos"]  # "The magnitude 6.1 earthquake struck"
    for doer in doers:  # "a deadly earthquake", "Cyclone Nargis" (not "RAF Typhoon fighters", "a heat-seeking missile")
        named_storm = doer.pos_ == "PROPN" and any(c.dep_ == "compound" and c.lemma_.lower() in HAZARD_NOUNS for c in doer.children)
        if _hazard_word(doer) or named_storm or _accidental_blast(doer):
            return doer.text
    return ""


ACCIDENTAL_BLAST_NOUNS = word_set("accidental_blast_nouns")
ACCIDENTAL_BLAST_SOURCES = word_set("accidental_blast_sources")


def _accidental_blast(doer: "Token") -> bool:
    """A blast named by what burst in a mishap, the word set directly before it ("a gas explosion", "a boiler blast");
    not "a gas pipeline explosion", "a bomb blast"."""
    if doer.lemma_.lower() not in ACCIDENTAL_BLAST_NOUNS or doer.i == 0:
        return False
    before = doer.doc[doer.i - 1]
    return before.head.i == doer.i and before.lower_ in ACCIDENTAL_BLAST_SOURCES


NATURAL_BARRIERS = word_set("natural_barriers")


def _hazard_word(doer: "Token") -> bool:
    """A hazard's or a natural barrier's noun, also in a plural the tagger took for a name ("Landslides triggered by the
    earthquake blocked the main road", "It is the mountains that have closed the road")."""
    if doer.is_upper and len(doer.text) > 1:  # an agency's initials ("ICE returned five artifacts to Peru")
        return False
    forms = {doer.lemma_.lower(), doer.lower_}
    forms |= {f[:-1] for f in forms if f.endswith("s") and len(f) > 4}
    return bool(forms & HAZARD_NOUNS) or bool(forms & NATURAL_BARRIERS)


TOLL_VERBS = word_set("toll_verbs")
TOLL_WORDS = word_set("toll_words")
ATTACK_CUES = (VIOLENCE_WORDS - TOLL_WORDS) | word_set("attack_cue_nouns")  # ("gunmen", "shelled", "missile", "a
# roadside bombing": an attack told beside the toll; an earthquake "struck" too)


def _hazard_doers_of(sent: "Span") -> str:
    """The natural hazard a sentence tells as the doer of one of its verbs ("Mudflows swept through villages", "The
    magnitude 6.1 earthquake struck Baghlan province"), or ""."""
    return next((found for t in sent if t.pos_ in ("VERB", "AUX") and (found := natural_doer(t))), "")


def hazard_toll(verb: "Token") -> str:
    """People killed or hurt with no doer named, in a hazard told in the same phrase or just before ("seven people were
    killed in mudflows", "Mudflows swept through villages in the Suzak district over the weekend. At least seven people
    were killed", "The earthquake struck Baghlan province before dawn. More than 200 people were killed"): the toll
    of a disaster, no attack. Not when either sentence tells of an attack ("gunmen", "shelled", "missile"). Returns
    the hazard, or ""."""
    gapped = verb.dep_ == "conj" and is_passive(verb.head) and not agents(verb.head)  # ("had been killed and 63 injured")
    if verb.lemma_.lower() not in TOLL_VERBS or not (is_passive(verb) or gapped) or agents(verb):
        return ""
    hazard = next((o.text for o in prep_objects(verb, ("in", "during", "amid", "after"))
                   if o.lemma_.lower() in HAZARD_NOUNS or o.lower_ in HAZARD_NOUNS), "")
    if hazard:
        return hazard
    sent = verb.sent
    if sent.start == 0 or _tells_attack(sent):
        return ""
    before = verb.doc[sent.start - 1].sent
    if (source := _accident_cause_of(before)):
        return source  # ("An explosion ... was caused by a leaking gas cylinder, not an explosive device")
    if _tells_attack(before):
        return ""
    return _hazard_doers_of(before) or _hazard_lead(verb.doc, sent)


ACCIDENT_BLAST_SOURCES = word_set("accident_blast_sources")


def _accident_cause_of(sent: "Span") -> str:
    """The accident's source a sentence names as what "caused" a blast or fire ("was caused by a leaking gas
    cylinder"), even beside an attack it rules out, or ""."""
    return next((a.text for t in sent if t.lemma_.lower() == "cause" and t.pos_ == "VERB" for a in agents(t)
                 if a.lemma_.lower() in ACCIDENT_BLAST_SOURCES or a.lower_ in ACCIDENT_BLAST_SOURCES), "")


CRASH_OBSTACLES = word_set("crash_obstacles")


def crash_toll(verb: "Token") -> str:
    """People killed as the outcome of a crash into terrain or an obstacle ("The helicopter struck a ridge ..., killing
    three crew members"): an accident's toll, no attack. Returns the obstacle, or ""."""
    if verb.lemma_.lower() not in TOLL_VERBS or verb.dep_ not in ("advcl", "conj") or verb.head.i == verb.i:
        return ""
    return next((o.text for o in objects(verb.head) + prep_objects(verb.head, ("into", "on", "onto"))
                 if o.lemma_.lower() in CRASH_OBSTACLES or o.lower_ in CRASH_OBSTACLES), "")


def _tells_attack(sent: "Span") -> bool:
    """A sentence with a word of attack ("gunmen", "shelled", "missile")."""
    return has_word(sent, ATTACK_CUES)


def _hazard_lead(doc: "Doc", sent: "Span") -> str:
    """The hazard the story's lead names ("Kyrgyzstan recorded 214 mudflows and floods this year", "a magnitude 6.1
    earthquake destroyed more than 900 houses"), when no sentence from the lead up to this one tells of an attack: a
    toll told later in a disaster story ("four people had been killed and 63 injured"). Returns the hazard, or ""."""
    sents = [s for s in doc.sents if s.start <= sent.start]
    if any(_tells_attack(s) for s in sents):
        return ""
    filed = dateline_end(nlp.doc_text(doc))
    lead = next((s for s in sents if s.end_char > filed and s.start < sent.start), None)
    return next((t.text for t in lead or [] if _hazard_word(t) and t.pos_ in ("NOUN", "PROPN")), "")


def shots_not_words(fire: "Token", target_verb: "Token") -> bool:
    """Whether "came under fire" tells of shots, not of criticism: the target is a post, patrol, boat or unit ("a Tajik
    border post came under fire from rebels") or the fire comes from a place ("from the Afghan bank of the river",
    "from the Armenian side")."""
    if any(s.lemma_.lower() in SHOT_AT_TARGETS or s.lower_ in SHOT_AT_TARGETS for s in subjects(target_verb)):
        return True
    sources = [o for head in (fire, target_verb) for o in prep_objects(head, ("from", "across"))]
    return any(o.lemma_.lower() in FIRING_PLACES or o.lower_ in FIRING_PLACES for o in sources)


POLICY_NOUNS = word_set("policy_nouns")
AIMING_LEMMAS = word_set("aiming_lemmas")


def policy_aimed(verb: "Token") -> str:
    """A measure, sanction, law or police raid that "targets" someone aims at them, it strikes no one ("further
    measures targeting those responsible", "sanctions that target Russian banks", "a law targeting NGOs", "raids
    targeting a vote-buying network"): the doer of an
    aiming verb, or the noun the participle hangs on, is a policy word. Returns that word, or ""."""
    if verb.lemma_.lower() not in AIMING_LEMMAS:
        return ""
    if verb.dep_ in ("acl", "relcl") and verb.head.pos_ in ("NOUN", "PROPN"):
        doers = [verb.head]
    else:
        doers = agents(verb) if is_passive(verb) else subjects(verb)
    return next((d.text for d in doers if d.lemma_.lower() in POLICY_NOUNS or d.lower_ in POLICY_NOUNS), "")


FICTION_WORKS = word_set("fiction_works")
FICTION_PARTS = word_set("fiction_parts")
PLOT_VERBS = word_set("plot_verbs")


def _told_in_present(verb: "Token") -> bool:
    """The clause is in the present tense ("follows", "is detained", "are killed"), or its verb shares the tense of a
    verb it is joined to ("he is wounded and taken prisoner"); not "has been detained", "was detained"."""
    cur = verb
    while cur.dep_ == "conj" and cur.head.i != cur.i and not any(
            c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in cur.children):
        cur = cur.head
    if cur.tag_ in ("VBZ", "VBP"):
        return True
    return any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBZ", "VBP") and c.lemma_ == "be" for c in cur.children)


def _work_of_fiction(noun: "Token") -> bool:
    """A work of fiction or film ("the novel", "her documentary"), or a part of one ("an early sequence of the new
    Georgian film", "the film's central scene")."""
    lemma = noun.lemma_.lower()
    if lemma in FICTION_WORKS or noun.lower_ in FICTION_WORKS:
        return True
    if noun.ent_type_ == "WORK_OF_ART" and noun.pos_ in ("NOUN", "PROPN"):
        return True  # a title in quotes: "In 'The Border', a Kyrgyz guard shoots a Tajik smuggler"
    if lemma == "series":  # a TV series ("The series follows a police officer"), not "a series of strikes"
        return not prep_objects(noun, ("of",))
    if lemma not in FICTION_PARTS:
        return False
    owners = prep_objects(noun, ("of", "in")) + [c for c in noun.children if c.dep_ == "poss"]
    if owners:
        return any(w.lemma_.lower() in FICTION_WORKS for w in owners)
    return _part_of_work_told_before(noun)


def _part_of_work_told_before(part: "Token") -> bool:
    """A part named alone, "the final episode", in a story whose earlier sentences name a work of fiction ("A drama about
    customs officers ... In the final episode, broadcast on Monday, border guards ambush the convoy"): a part of that
    work (not "the latest episode" of a story with no work in it)."""
    return any(w.dep_ == "det" and w.lower_ in ("the", "its", "this") for w in part.children) and any(
        t.lemma_.lower() in FICTION_WORKS and t.pos_ == "NOUN" for t in part.doc[:part.sent.start])


def fiction_frame(tok: "Token") -> str:
    """The work whose plot a present-tense clause tells: a film, a novel, a documentary "follows" / "tells the story
    of" someone ("The film follows Firuz, who is detained during a raid", "Her documentary tells the story of three
    migrants who are beaten by nationalists"), or the clause is set "in" the work ("In the novel, a Tajik student is
    arrested", "In the film's central scene, a convoy is ambushed"), or the clause tells a part of one in the present ("An
    early sequence, in which his unit is ambushed"): a plot, no news. Not an act told of the work
    itself ("the film, which was banned on Monday, follows ..."). Returns the work's word, or ""."""
    verb = tok if tok.pos_ in ("VERB", "AUX") else tok.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    while verb.tag_ in ("VBG", "VBN") and verb.dep_ in ("advcl", "xcomp") and not any(
            c.dep_ in ("aux", "auxpass") for c in verb.children):  # ("veterans describe lying under shelling")
        verb = verb.head
    if (cast := _cast_role(tok, verb)):
        return cast
    if not _told_in_present(verb):
        return ""
    holder = verb
    while holder.dep_ == "conj" and holder.head.i != holder.i:
        holder = holder.head
    if holder.dep_ == "relcl" and (holder.head.lemma_.lower() in FICTION_PARTS or _work_of_fiction(holder.head)):
        return holder.head.text  # "An early sequence, in which his unit is ambushed ... and two of his friends are killed"
    sent = tok.sent
    for w in sent:
        if not _work_of_fiction(w) or w.left_edge.i <= tok.i <= w.right_edge.i:
            continue
        if w.dep_ == "nsubj" and w.head.lemma_.lower() in PLOT_VERBS:
            return w.text  # the work tells the plot
        if w.dep_ == "nsubj" and w.head.dep_ == "ROOT" and w.head.lemma_.lower() == "be" and verb is not w.head:
            return w.text  # "The film is at its strongest in small moments: a mother queuing ... as Russian jets bomb"
        frame = w
        while frame.dep_ in ("pobj", "poss", "prep") and frame.head.i != frame.i and frame.lower_ != "in":
            frame = frame.head
        if frame.lower_ == "in" and frame.dep_ == "prep" and (frame.head.i == verb.i or frame.head in verb.ancestors
                                                              or _between(frame.head, tok, verb)
                                                              or _aside_on(frame.head, holder)) \
                and not frame.left_edge.i <= tok.i <= frame.right_edge.i:
            return w.text  # the clause is set in the work
    return ""


CASTING_VERBS = word_set("casting_verbs")


def _cast_role(tok: "Token", verb: "Token") -> str:
    """The role an actor is cast in, told in a sentence that names the work ("The film ... stars Ahsan Khan as a
    sub-inspector who leads the raid and Sanam Saeed as a journalist investigating the killing"): the trigger comes
    after "as" that follows a casting verb, in a clause in the present or a participle; not a past act told after it
    ("police raided the set where the film starring Khan as an inspector was shot and detained two men"). Returns
    the casting word, or ""."""
    if verb.tag_ not in ("VBZ", "VBP", "VBG") and tok.tag_ not in ("VBZ", "VBP", "VBG"):
        return ""
    sent = tok.sent
    if not any(_work_of_fiction(w) for w in sent):
        return ""
    cast = next((w for w in tokens_with_word(sent, CASTING_VERBS) if w.i < tok.i
                 and any(a.lower_ == "as" and w.i < a.i < tok.i for a in sent)), None)
    return cast.text if cast is not None else ""


def _aside_on(head: "Token", verb: "Token") -> bool:
    """A participle set off before the clause's verb that the parser gave the "in" ("In the last episode, aired on
    Sunday, the guards raid ...": "in" hung on "aired")."""
    return head.dep_ == "advcl" and head.tag_ == "VBN" and head.head.i == verb.i and head.i < verb.i


def _between(head: "Token", tok: "Token", verb: "Token") -> bool:
    """Whether a word is on the path from a trigger up to its clause's verb ("describe lying under shelling in the
    film": "in the film" hangs on "lying")."""
    return (head.i == tok.i or head in tok.ancestors) and head in verb.subtree


CAMERA_WORDS = word_set("camera_words")
FILMED_THINGS = word_set("filmed_things")
STANDING_PRONOUNS = {"it", "much", "most", "all", "part", "some", "parts", "this"}


def filmed_not_fired(tok: "Token") -> str:
    """"Shot" of filming, not of firing: shot with or on a camera ("Much of it was shot with hidden cameras"), or what
    was shot is footage or a scene ("the footage was shot in Bishkek"), or "it" of a work of film named in the
    sentence or the one before ("A Kyrgyz documentary opened the festival. It was shot over two winters"). Not "was
    shot down", "he was shot". Returns the word that shows it, or ""."""
    if tok.lemma_.lower() != "shoot" or any(c.dep_ == "prt" for c in tok.children):
        return ""
    camera = next((w for w in prep_objects(tok, ("with", "on")) if w.lemma_.lower() in CAMERA_WORDS), None)
    if camera is not None:
        return camera.text
    shot = passive_subjects(tok) if is_passive(tok) else objects(tok)
    shot += [o for s in shot for o in prep_objects(s, ("of",))]  # "much of it", "most of the film"
    if any(s.lemma_.lower() in FILMED_THINGS for s in shot):
        return next(s.text for s in shot if s.lemma_.lower() in FILMED_THINGS)
    if any(s.lower_ in STANDING_PRONOUNS for s in shot):
        sent = tok.sent
        before = list(sent.doc[sent.doc[sent.start - 1].sent.start:sent.start]) if sent.start > 0 else []
        work = next((w for w in before + [w for w in sent if w.i < tok.i] if w.lemma_.lower() in FICTION_WORKS), None)
        if work is not None:
            return work.text
    return ""


ARTS_JUDGES = word_set("arts_judges")
PRAISING_VERBS = word_set("praising_verbs")
ART_WORKS = word_set("art_works")


def arts_praise(tok: "Token") -> str:
    """Praise of a work of art, or by those who judge one: a critic's or a jury's word, no political support ("The jury
    praised its honesty", "Critics in Moscow praised the Kyrgyz novel for its portrayal of migrant life"). Returns
    the word of the judge or the work, or ""."""
    if tok.lemma_.lower() not in PRAISING_VERBS:
        return ""
    judges = [w for s in subjects(tok) for w in [s, *(c for c in s.children if c.dep_ == "compound")]
              if w.lemma_.lower() in ARTS_JUDGES or w.lower_ in ARTS_JUDGES]  # ("a Ukrainian jury member praised it")
    if judges:
        return judges[0].text
    works = [w for o in objects(tok) + prep_objects(tok, ("for",))
             for w in [o, *(c for c in o.children if c.dep_ == "poss")] if w.lemma_.lower() in ART_WORKS]
    return works[0].text if works else ""  # (or what belongs to the work: "praised the film's cast")


SPORTING_FEATS = word_set("sporting_feat_words") | word_set("sport_names") | SPORT_WORDS


def sporting_feat_praised(tok: "Token") -> str:
    """Praise of a feat of sport: what is praised, or what it is praised for, is a game won or a stage reached
    ("congratulated Qarabag on reaching the Conference League quarter-finals", "praised the squad for its win in the
    cup final"), no political support (not "congratulated Erdogan on his election victory"). Returns the sport's
    word, or ""."""
    if tok.lemma_.lower() not in PRAISING_VERBS:
        return ""
    for phrase in objects(tok) + [c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("on", "for")]:
        words = set(HYPHENED_WORDS.findall(nlp.span_text(phrase.doc[phrase.left_edge.i:phrase.right_edge.i + 1]).lower()))
        words |= {w.lower_ for w in phrase.subtree} | {w.lemma_.lower() for w in phrase.subtree}
        found = (words | {w[:-1] for w in words if w.endswith("s")}) & SPORTING_FEATS
        if found:
            return min(found)
    return ""


TRAP_NOUNS = word_set("trap_nouns")


def caught_in_between(tok: "Token") -> str:
    """"Caught" of being stuck, not of an arrest: "caught in the crossfire of the price war", "caught in the middle of
    the trade war", "caught between the falling rouble and rising freight costs". Returns the word, or ""."""
    if tok.lemma_.lower() != "catch":
        return ""
    between = prep_objects(tok, ("between",))
    if between:
        return between[0].text
    trap = next((w for w in prep_objects(tok, ("in", "up")) if w.lemma_.lower() in TRAP_NOUNS or w.lower_ in TRAP_NOUNS), None)
    return trap.text if trap is not None else ""


POLL_SHARE_WORDS = word_set("poll_share_words")
POLL_NOUNS = word_set("poll_nouns")
SHARE_PATTERN = re.compile(r"\b(?:\w+|\d+)\s+(?:in|out\s+of)\s+(?:ten|10|five|three|four)\b", re.IGNORECASE)


def _share_before(tok: "Token") -> str:
    """A share of people told just before the trigger in a sentence that names a poll ("Six in ten Armenians support
    joining the EU, according to a survey", "a survey showed 60 percent of Armenians back a peace deal"), where the
    parse loses the share's link to the verb. Returns the share's word, or ""."""
    sent = tok.sent
    if not has_word(sent, POLL_NOUNS):
        return ""
    near = tok.doc[max(sent.start, tok.i - 5):tok.i]
    if (m := SHARE_PATTERN.search(nlp.span_text(near))):
        return m.group(0)
    return next((t.text for t in near if t.lemma_.lower() in POLL_SHARE_WORDS or t.lower_ in POLL_SHARE_WORDS), "")
OPINION_REPORTING = word_set("opinion_reporting_verbs")


def _share_of_people(t: "Token") -> bool:
    """A share of a people counted by a poll ("52 percent of Armenians", "Seventy-one percent", "a third", "most
    Georgians", "the majority of respondents")."""
    if t.lemma_.lower() in POLL_SHARE_WORDS or t.lower_ in POLL_SHARE_WORDS:
        return True
    return t.pos_ in ("NOUN", "PROPN") and any(c.lower_ == "most" and c.dep_ in ("amod", "det", "advmod") for c in t.children)


def poll_share(tok: "Token") -> str:
    """The share of a people whose support or opposition a poll counts: an opinion, no act ("52 percent of Armenians
    said they supported signing the treaty, while 29 percent were opposed", "Seventy-one percent of Georgians back
    joining the EU", "Most Georgians oppose the law, while a third support it"). The subject of the verb, or of the
    verb of saying whose clause it is ("said they supported"). Returns the word, or ""."""
    holders = subjects(tok)
    cur = tok
    for _ in range(4):  # "52 percent of Armenians said they supported", "41 percent said Armenia would be able to defend"
        if cur.dep_ not in ("ccomp", "xcomp", "acomp") or cur.head.i == cur.i:
            break
        cur = cur.head
        if cur.lemma_.lower() in OPINION_REPORTING:
            holders += subjects(cur)
    before = next((t for t in reversed(tok.doc[tok.sent.start:tok.i]) if t.pos_ not in ("ADV", "AUX", "PART")), None)
    if before is not None and before.pos_ in ("NOUN", "PROPN"):
        holders.append(before)  # ("... and 19 percent oppose it", where the parser took the dateline for the subject)
    share = next((h for h in holders if _share_of_people(h)), None)
    return share.text if share is not None else _share_before(tok)


DIPLOMATIC_MISSIONS = word_set("diplomatic_missions")
CONSULAR_HELP_WORDS = word_set("consular_help_words")


def consular_help(tok: "Token") -> str:
    """Consular or legal help an embassy or a consulate gives ("Turkey's embassy in Tbilisi said it was providing
    consular help to the 12 Turkish fans detained", "the embassy said it was providing legal help to the Azerbaijanis
    detained in Yekaterinburg"): a mission's service to its own nationals abroad, no aid between states. The mission is
    the doer, or the speaker of the clause ("said it was providing"). Returns the word of the help, or ""."""
    doers = agents(tok) if is_passive(tok) else subjects(tok)
    cur = tok
    for _ in range(2):
        if cur.dep_ in ("ccomp", "xcomp", "conj") and cur.head.i != cur.i:
            cur = cur.head
            doers = doers + subjects(cur)
    if not any(d.lemma_.lower() in DIPLOMATIC_MISSIONS for d in doers):
        return ""
    for o in objects(tok) + prep_objects(tok, ("with",)):
        kind = next((c for c in o.children if c.dep_ in ("amod", "compound") and c.lemma_.lower() in CONSULAR_HELP_WORDS), None)
        if kind is not None:
            return f"{kind.text} {o.text}"
    return ""


PRICE_WORDS = word_set("price_words")
CUTTING_VERBS = word_set("cutting_verbs")


def price_cut(tok: "Token") -> str:
    """What a seller cuts when it makes things cheaper ("Wildberries and Ozon have cut delivery fees in Uzbekistan to
    zero", "cut fares on the Tashkent route"): a market move, no sanction. Returns the price word, or ""."""
    if tok.lemma_.lower() not in CUTTING_VERBS:
        return ""  # (not "slapped 25 percent tariffs on Chinese imports")
    cut = passive_subjects(tok) if is_passive(tok) else objects(tok)
    return next((o.text for o in cut if o.lemma_.lower() in PRICE_WORDS or o.lower_ in PRICE_WORDS), "")


MARKET_DEMAND_WORDS = word_set("market_demand_words")
MARKET_SELLERS = word_set("market_sellers")
MARKET_FIGURES = word_set("market_figures")
NONPOLITICAL_SPEAKERS = word_set("nonpolitical_speakers")
OFFICIAL_BODY_MARKS = word_set("official_body_marks")
LEGISLATOR_WORDS = word_set("legislator_words")
DEBATE_TOPICS = word_set("debate_topics")
DEBATE_SIDES = word_set("debate_sides")
BODILY_BLOWS = word_set("bodily_blows")
SPORT_NAMES = word_set("sport_names")
SPORT_BODY_WORDS = word_set("sport_body_words")
SPORT_BODY_NAMES = word_set("sport_body_names")
ONLINE_COMMENTATORS = word_set("online_commentators")
WORK_MAKERS = word_set("work_makers")
DEBATE_OCCASIONS = word_set("debate_occasions")
BROADCAST_MEDIA = word_set("broadcast_media")
SPORT_COMPETITIONS = word_set("sport_competitions")
PARLIAMENT_NAMES = word_set("parliament_names")
ORGANISER_WORDS = word_set("organiser_words")
CIVIL_PARTY_NOUNS = word_set("civil_party_nouns")
CIVIL_PARTY_HEADS = word_set("civil_party_heads")
FAN_SUPPORTER_MARKS = word_set("fan_supporter_marks")
DEPICTION_MARKS = word_set("depiction_marks")
OPENING_OCCASIONS = word_set("opening_occasions")
DEPICTION_NOUNS = word_set("depiction_nouns")
SCREENING_WORDS = FICTION_WORKS | word_set("screening_words")
CUSTODY_PEOPLE = word_set("custody_people")
CUSTODY_MARKS = word_set("custody_marks")
OWN_NATIONAL_NOUNS = word_set("own_national_nouns")
SUPPLY_MEETING_VERBS = word_set("supply_meeting_verbs")


def market_demand_met(tok: "Token") -> str:
    """A demand of a market, not of a party ("cut its sales to China to meet domestic demand", "ran at full capacity to
    meet the demands of a cold winter"): the object "demand" with a word of markets or seasons on it or after its
    "of". Returns that word, or ""."""
    for o in objects(tok):
        if o.lemma_.lower() not in ("demand", "need"):
            continue
        marks = [c for c in o.children if c.dep_ in ("amod", "compound", "nmod")] + prep_objects(o, ("of", "for"))
        word = next((m for m in marks if m.lemma_.lower() in MARKET_DEMAND_WORDS or m.lower_ in MARKET_DEMAND_WORDS), None)
        if word is not None:
            return f"{word.text} {o.text}"
    return ""


MARKET_THINGS = word_set("market_things")
MARKET_PLAYERS = word_set("market_players")


def _market_word(t: "Token", words: frozenset[str]) -> bool:
    """The word, by form or lemma, is one of `words` (a market's thing or player)."""
    return t.lower_ in words or t.lemma_.lower() in words


def market_under_attack(tok: "Token") -> str:
    """An attack on a market, a currency or an index, or by market players: a figure of speech ("The market is under
    attack from all sides: weak oil, a strong rouble", "The tenge came under attack from speculators", "sellers
    attacked the rouble", "launched an all-out attack on the Russian market"). Not "the convoy came under attack from militants". Returns the market's word, or ""."""
    targets: list["Token"] = []
    doers: list["Token"] = []
    if tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ == "under":
        holder = tok.head.head
        targets += [s for s in holder.children if s.dep_ in ("nsubj", "nsubjpass")]
        doers += prep_objects(tok, ("from", "by")) + prep_objects(holder, ("from", "by"))
    elif tok.pos_ == "VERB":
        targets += objects(tok) + (passive_subjects(tok) if is_passive(tok) else [])
        doers += agents(tok) if is_passive(tok) else subjects(tok)
    elif tok.pos_ == "NOUN" and tok.dep_ == "dobj":  # "carmakers have launched an all-out attack on the Russian market"
        national = [t for t in prep_objects(tok, ("on",)) if _national_market(t)]
        if national and _unarmed_rivals(subjects(tok.head)):
            return national[0].text
    word = next((t for t in targets if _market_word(t, MARKET_THINGS) and _financial(t)), None) \
        or next((t for t in targets if _market_word(t, MARKET_POSITIONS)), None) \
        or next((t for t in targets if _market_word(t, MARKET_TRADE_FLOWS) and _unarmed_rivals(doers)), None) \
        or next((d for d in doers if _market_word(d, MARKET_PLAYERS)), None)
    return word.text if word is not None else ""


def _national_market(thing: "Token") -> bool:
    """A nation's market ("the Russian market", "Kazakhstan's car market"), not a marketplace ("the central market")."""
    return thing.lemma_.lower() == "market" and any(
        c.dep_ in ("amod", "compound", "poss") and (c.ent_type_ in ("GPE", "NORP") or c.tag_ in ("NNP", "NNPS"))
        for c in thing.children)


def _unarmed_rivals(doers: Sequence["Token"]) -> bool:
    """The doers of an attack on a trade flow are rivals in trade, no armed attacker ("Kazakhstan's wheat exports have
    come under attack from cheap Russian grain"; not "Ukraine's grain exports came under attack from Russian drones",
    nor "... from Russian forces" or "... from Russia"): some doer told, none a weapon, a force or a state."""
    if not doers:
        return False
    return not any(_market_word(d, ARMED_TRADE_ATTACKERS) or d.ent_type_ in ("GPE", "NORP") for d in doers)


# a hold on a market or a trade ("Russia's monopoly on the regional arms market is now under attack from Ankara and
# Beijing", "Kazakhstan's wheat exports have come under attack from cheap Russian grain"): no thing force can hit
MARKET_POSITIONS = word_set("market_positions")
# a trade flow ("exports came under attack from cheap Russian grain"): a figure only when the attacker is a trade rival
MARKET_TRADE_FLOWS = word_set("market_trade_flows")
ARMED_TRADE_ATTACKERS = REAL_CONFLICT_WORDS | word_set("unmanned_weapon_nouns") | word_set("attack_drones") \
    | word_set("armed_trade_attackers")


def _financial(thing: "Token") -> bool:
    """A thing of the financial market, not a marketplace: "market" only with another thing of markets in its sentence
    ("The market is under attack from all sides: weak oil, a strong rouble"; not "the central market came under
    fire", nor "Traders claim that soldiers burned the market": a marketplace has traders too)."""
    if thing.lemma_.lower() != "market":
        return True
    return any(_market_word(t, MARKET_THINGS) and t.lemma_.lower() != "market" for t in thing.sent) \
        or any(c.lower_ in ("stock", "financial", "equity", "bond", "currency") for c in thing.children)


def market_cut(tok: "Token") -> str:
    """A cut in sales by sellers, one made to meet demand at home, or a cut of a figure of the economy ("producers cut
    shipments to China", "cut its gas exports to China last year to meet domestic demand", "plans to cut the trade
    deficit by half"): a market move, no sanction. Returns the seller or the
    demand, or ""."""
    figure = next((o for o in (passive_subjects(tok) if is_passive(tok) else objects(tok))
                   if o.lemma_.lower() in MARKET_FIGURES or o.lower_ in MARKET_FIGURES), None)
    if figure is not None:  # "plans to cut the trade deficit by half"
        return figure.text
    sellers = [s for s in (agents(tok) if is_passive(tok) else subjects(tok))
               if s.lemma_.lower() in MARKET_SELLERS or s.lower_ in MARKET_SELLERS]
    if sellers:
        return sellers[0].text
    for c in tok.children:
        if c.dep_ in ("advcl", "xcomp") and to_infinitive(c) and c.lemma_.lower() in SUPPLY_MEETING_VERBS:
            if (demand := market_demand_met(c)):
                return demand
    return ""


def _official_experts(speaker: "Token") -> bool:
    """Experts of a state or of a body of states, who speak for it ("UN human rights experts", "Kyrgyz government
    experts on the border commission", "experts of the OSCE"): a word of a state or an international body among the
    words before the noun or in its "of/on/from/at" phrase."""
    marks = [t for t in speaker.subtree if t.i < speaker.i]
    for o in prep_objects(speaker, ("of", "on", "from", "at", "with")):
        marks.extend(o.subtree)
    return any(t.lower_ in OFFICIAL_BODY_MARKS or t.lemma_.lower() in OFFICIAL_BODY_MARKS for t in marks)


PRESS_NOUNS = word_set("press_nouns")
PRESS_NAME_WORDS = word_set("press_name_words")


def press_voice(speaker: "Token") -> bool:
    """A newspaper or its column as the speaker, in a press review ("The paper cautions that", "Kommersant's editorial
    warns", "Nezavisimaya Gazeta warns", "VEDOMOSTI suggests ... but cautions"): commentary, no party's threat or
    accusation. A press noun, a name whose last word is a newspaper's, or a name a press noun titles ("The daily
    Kayhan accused ...", "the newspaper Izvestia")."""
    if speaker.lemma_.lower() in PRESS_NOUNS or speaker.lower_ in PRESS_NOUNS:
        return True
    titled = any(c.dep_ in ("amod", "compound", "appos") and c.lower_ in PRESS_NOUNS for c in speaker.children)
    return speaker.pos_ == "PROPN" and (speaker.lower_ in PRESS_NAME_WORDS or titled)


def _section_label(word: "Token") -> bool:
    """A round-up item's label in capitals at the start of its sentence, before a dash ("PRESS — ...")."""
    doc = word.doc
    return word.i == word.sent.start and word.text.isupper() and word.i + 1 < len(doc) \
        and doc[word.i + 1].text in ("—", "–", "-", ":")


def nonpolitical_speaker(tok: "Token") -> str:
    """A speaker with no political standing: a critic, a reviewer, an expert or a fan ("Critics ... accused the director
    of stretching the final battle scene", "Experts have warned that it could deepen shortages"): an opinion, no
    accusation or threat between parties. Returns the speaker's word, or ""."""
    filed = dateline_end(nlp.doc_text(tok.doc))
    speakers = [s for s in subjects(tok) if s.idx >= filed and not _section_label(s)]  # (not the dateline's city the
    # parser took for a subject, nor a round-up's label: "PRESS — The daily Kayhan accused ...")
    if not speakers:
        return ""
    if all(((s.lemma_.lower() in NONPOLITICAL_SPEAKERS or s.lower_ in NONPOLITICAL_SPEAKERS) and not _official_experts(s))
           or (press_voice(s) and tok.dep_ != "xcomp") for s in speakers):  # (not "ordered the opposition newspaper
        # La Prensa to suspend publication": what it is made to do)
        return speakers[0].text
    some = [s for s in speakers if s.lower_ in ("some", "many", "several", "others", "few")]  # "Critics praised ..., but some accused"
    if some and any(t.lemma_.lower() in NONPOLITICAL_SPEAKERS and t.dep_ in ("nsubj", "nsubjpass") and t.i < tok.i
                    for t in tok.sent):
        return some[0].text
    return ""


COMMENTATING_SPEAKERS = NONPOLITICAL_SPEAKERS | word_set("commentating_speakers")


def criticism_from_commentators(tok: "Token") -> str:
    """Criticism a thing drew, told by the commentators who voiced it ("The marketing angle drew criticism, with some
    commentators saying it was in poor taste"): an opinion, no party's accusation; not "drew criticism, with the
    Foreign Ministry saying". Returns the commentators' word, or ""."""
    if tok.pos_ != "NOUN" or tok.dep_ != "dobj":
        return ""
    voices = [v for w in (tok, tok.head) for c in w.children if c.dep_ == "prep" and c.lower_ == "with"
              for g in c.children if g.dep_ in ("pcomp", "pobj") for v in [g, *subjects(g)]]
    critics = [v for v in voices if v.lemma_.lower() in COMMENTATING_SPEAKERS or v.lower_ in COMMENTATING_SPEAKERS]
    return critics[0].text if critics else ""
FORECAST_SPEECH_VERBS = word_set("speaker_verbs") | word_set("forecast_speech_verbs")
THINK_TANK_MARKS = word_set("think_tank_marks")


def _commentator(speaker: "Token") -> str:
    """A speaker who only comments: an analyst, expert, historian, researcher or lawyer, named by the noun or by
    an apposition ("said an analyst at the International Crisis Group", "said Kubat Rakhimov, a Bishkek-based
    security analyst"), not an official expert ("UN experts"). Returns the noun, or ""."""
    for s in [speaker] + [c for c in speaker.children if c.dep_ == "appos"]:
        if (s.lemma_.lower() in COMMENTATING_SPEAKERS or s.lower_ in COMMENTATING_SPEAKERS) and not _official_experts(s):
            return s.text
        # a person of a think tank or a university ("said Ibraheem Bahiss of the International Crisis Group")
        home = [t for o in prep_objects(s, ("of", "at", "from")) for t in o.subtree]
        if s.pos_ == "PROPN" and any(t.lower_ in THINK_TANK_MARKS for t in home) and not _official_experts(s):
            return s.text
    return ""


def _teller_of(tok: "Token") -> "Token | None":
    """The verb of speech that tells the clause `tok` is in, or `tok` itself when it is one ("he warned that ...")."""
    cur = tok
    while True:
        if cur.lemma_.lower() in FORECAST_SPEECH_VERBS and subjects(cur):
            return cur
        if cur.head.i == cur.i:
            return None
        cur = cur.head


def commentators_forecast(tok: "Token") -> str:
    """A forecast, a warning or a judgement told by a commentator, not by a party ('"If Ankara ever tried to offer
    guarantees, it would clash with Moscow," an analyst said'; '"The regime decided it would never again negotiate,"
    said a human rights lawyer'; "said Rakhimov, a security analyst. But he warned that ... 'we could see clashes'"):
    no threat, promise or refusal between parties. "he/she" refers back to the commentator who spoke in the
    sentence before. Returns the commentator's word, or ""."""
    teller = _teller_of(tok)
    if teller is None:
        return ""
    for s in subjects(teller):
        if (who := _commentator(s)):
            return who
        if s.lower_ in ("he", "she") and s.sent.start > 0:
            before = s.doc[s.sent.start - 1].sent
            told = [t for t in before if t.lemma_.lower() in FORECAST_SPEECH_VERBS]
            people = [x for t in told for x in subjects(t)]
            if people and all(_commentator(x) for x in people):
                return _commentator(people[0])
    return ""


def _debate_sides(tok: "Token") -> list["Token"]:
    """Who clashes: the subjects and the party "with" whom ("Deputies ... clashed with ministers"), less a dateline's
    city the parser took for a subject ("ASTANA, November 20 (Kazinform) – Deputies ... clashed")."""
    filed = dateline_end(nlp.doc_text(tok.doc))
    sides: list["Token"] = []
    for s in subjects(tok) + prep_objects(tok, ("with",)):
        # the real subject hangs on the dateline's city as an apposition
        sides.extend([s] if s.idx >= filed else [c for c in s.children if c.dep_ == "appos" and c.idx >= filed])
    return sides



def _about_a_work(tok: "Token") -> bool:
    """Whether what an accusation or a warning is aimed at is a work or its maker ("accused the director of the new
    Georgian war film", "slammed the novel")."""
    targets = objects(tok) + prep_objects(tok, ("against", "at"))
    return any(t.lemma_.lower() in WORK_MAKERS or _work_of_fiction(t) or any(_work_of_fiction(o) for o in prep_objects(t, ("of",)))
               for t in targets)


def online_commentator(tok: "Token") -> str:
    """Bloggers, vloggers or social-media users who find fault with a film, a book or its maker ("Bloggers accused the
    director of the new Georgian war film of distorting the events of August 2008"): critics' opinion, no accusation
    between parties (a blogger accusing the government is coded). Returns the speaker's word, or ""."""
    speakers = subjects(tok)
    if speakers and all(s.lemma_.lower() in ONLINE_COMMENTATORS or s.lower_ in ONLINE_COMMENTATORS for s in speakers) \
            and _about_a_work(tok):
        return speakers[0].text
    return ""


def debate_words(tok: "Token") -> str:
    """What legislators say in a debate or a sitting ("Opposition MPs accused the government of surrendering land to
    Azerbaijan during Wednesday's debate in the Armenian parliament"): words of parliamentary debate are not coded (a
    parliament's resolution or a faction's statement is). Returns the occasion, or ""."""
    speakers = subjects(tok)
    if not speakers or not all(_legislator(s) for s in speakers):
        return ""
    occasion = next((o for p in own_clause(tok) if p.dep_ == "prep" and p.lower_ in ("during", "in", "at")
                     for o in p.children if o.dep_ == "pobj" and o.lemma_.lower() in DEBATE_OCCASIONS), None)
    return occasion.text if occasion is not None else ""


def _legislator(noun: "Token") -> bool:
    """A member of a parliament ("Opposition MPs", "deputies", "members of parliament"; not "members of the Security
    Council", nor the parliament itself)."""
    words = {noun.lemma_.lower(), noun.lower_}
    if words & {"member", "members"}:
        return any(o.lemma_.lower() in PARLIAMENT_NAMES for o in prep_objects(noun, ("of",)))
    return bool(words & LEGISLATOR_WORDS) and not words & {"parliament"}


CLASHING_IDEAS = word_set("clashing_ideas")
CONTRAST_WORDS = {"not", "never", "rather"}


CLASH_NOUNS = word_set("clash_nouns")
ROW_VERBS = word_set("row_verbs")
ATTACK_WORD_LEMMAS = word_set("attacking_in_words")


def clash_of_words(tok: "Token") -> str:
    """A clash or a battle of ideas or words, or one denied by a contrast ("not a clash of talking points", "a debate,
    not a battle of slogans", "a battle of wills", "a clash of civilisations"): no fight. Returns the words, or ""."""
    if tok.lemma_.lower() not in CLASH_NOUNS:
        return ""
    ideas = next((o for o in prep_objects(tok, ("of",)) if o.lemma_.lower() in CLASHING_IDEAS or o.lower_ in CLASHING_IDEAS), None)
    if ideas is not None:
        return f"{tok.text} of {ideas.text}"
    if tok.pos_ in ("NOUN", "PROPN") and (things := _clashing_things_between(tok)):
        return f"{tok.text} between {things}"
    edge = tok.left_edge.i if tok.pos_ in ("NOUN", "PROPN") else tok.i
    before = tok.doc[edge - 1] if edge > tok.sent.start else None
    if tok.pos_ in ("NOUN", "PROPN") and before is not None and before.lower_ in CONTRAST_WORDS:
        return f"{before.text} a {tok.text}"
    return ""


GENERIC_QUANTIFIERS = word_set("generic_quantifiers")
PRESENT_TAGS = ("VBZ", "VBP")


def generic_claim_noun(tok: "Token") -> str:
    """An event noun that is the subject or the predicate of a present-tense "be" whose subject is quantified by
    "every" / "each" / "any" ("Every border clash is, at some level, a clash over 1893", "Any attack on a
    convoy is an attack on all of us"): a general claim, no particular event (not "The clash on Monday was a clash
    over water"). Returns the quantifier, or ""."""
    if tok.pos_ != "NOUN" or tok.dep_ not in ("nsubj", "attr", "appos"):
        return ""
    if tok.dep_ == "appos":  # (the parser may hang the predicate on the subject as an apposition)
        return generic_claim_noun(tok.head) if tok.head.i < tok.i else ""
    copula = tok.head
    if copula.lemma_.lower() != "be" or copula.tag_ not in PRESENT_TAGS:
        return ""
    quantifier = next((d for s in subjects(copula) for d in s.children
                       if d.dep_ == "det" and d.lower_ in GENERIC_QUANTIFIERS), None)
    return quantifier.text if quantifier is not None else ""


def _clashing_things_between(clash: "Token") -> str:
    """The things a clash noun is "between" when every side is an idea, a rule or a system, no party ("a clash between
    their permit systems", "a clash between the two calendars"; not "a clash between police and protesters"). Returns
    the first side, or ""."""
    sides = prep_objects(clash, ("between",))
    sides += [c for w in sides for c in w.conjuncts]
    if not sides or not all(s.lemma_.lower() in CLASHING_IDEAS or s.lower_ in CLASHING_IDEAS for s in sides):
        return ""
    return sides[0].text


def broadcast_row(tok: "Token") -> str:
    """A clash or a fight on the air ("Pro-government and opposition politicians clashed on live television over the
    planned referendum"): a row in words, no fight. Returns the medium, or ""."""
    if tok.lemma_.lower() not in ROW_VERBS and tok.lemma_.lower() != "brawl":  # (a brawl on air: a show's row too)
        return ""
    medium = next((o for o in prep_objects(tok, ("on", "in")) if o.lemma_.lower() in BROADCAST_MEDIA), None)
    return medium.text if medium is not None else ""


def _outside_noun_clauses(tok: "Token") -> list["Token"]:
    """The words of the trigger's sentence less the clauses that describe a noun ("a draft law [that would toughen
    penalties ... and give police wider powers]", "a bill [giving police the right to detain]") the trigger is not in,
    and less the matter the trigger is "over" or "about" ("clashing over [a sharp rise in allocations for the police]")."""
    inside: set[int] = set()
    for t in tok.sent:
        if t.dep_ in ("relcl", "acl") and tok not in t.subtree:
            inside.update(d.i for d in t.subtree)
    for matter in prep_objects(tok, ("over", "about")):
        inside.update(d.i for d in matter.subtree)
    return [t for t in tok.sent if t.i not in inside]


def debate_clash(tok: "Token") -> str:
    """Legislators who clash or fight over a bill, a budget or in a hearing row in words ("Deputies of the Mazhilis
    clashed on Wednesday over a draft law", "ministers and opposition deputies clashed over the broadcasting bill during
    Tuesday's committee hearing"): no fight. Legislators must be among the sides and every side a politician, and
    nothing in the sentence may tell of blows or harm: troops or protesters who clash "during a vote" or "over the law",
    and deputies "exchanging punches", fight. Returns the topic or the legislators' word, or ""."""
    if tok.lemma_.lower() not in ROW_VERBS:
        return ""  # (not "punched a fellow deputy during a heated debate")
    sides = _debate_sides(tok)
    if not any(_legislator(s) for s in sides) or not all(
            _legislator(s) or s.lemma_.lower() in DEBATE_SIDES or s.lower_ in DEBATE_SIDES for s in sides):
        return ""  # (not "Armenian and Azerbaijani troops clashed ... during a vote in the Armenian parliament")
    sent_words = {t.lower_ for t in tok.sent} | {t.lemma_.lower() for t in tok.sent}
    told = _outside_noun_clauses(tok)  # (not what the bill is about: "a draft law that would give police wider powers")
    if (VIOLENCE_WORDS | BODILY_BLOWS).intersection({t.lower_ for t in told} | {t.lemma_.lower() for t in told}):
        return ""  # (not "deputies clashed physically ..., exchanging punches during the debate on the budget")
    topics = prep_objects(tok, ("over", "on", "about", "during", "in"))
    topic = next((t for t in topics if t.lemma_.lower() in DEBATE_TOPICS or t.lower_ in DEBATE_TOPICS), None)
    if topic is not None:
        return topic.text
    if sent_words & (PARLIAMENT_NAMES | DEBATE_OCCASIONS):  # ("in the Mazhilis", "during Tuesday's committee hearing")
        return next(s for s in sides if _legislator(s)).text
    return ""


def legislators_reproach(tok: "Token") -> str:
    """Legislators or politicians who attack someone "for" a deed of theirs ("Opposition lawmakers ... attacked the
    government for cutting development funds for schools"): a reproach in words, no force (not "deputies attacked a
    colleague with their fists"). Returns the deed, or ""."""
    if tok.lemma_.lower() not in ATTACK_WORD_LEMMAS or not objects(tok):
        return ""
    sides = subjects(tok)
    if not sides or not all(_legislator(s) or s.lemma_.lower() in DEBATE_SIDES for s in sides):
        return ""
    told = {t.lower_ for t in tok.sent} | {t.lemma_.lower() for t in tok.sent}
    if told & BODILY_BLOWS:
        return ""
    deed = next((c for p in tok.children if p.dep_ == "prep" and p.lower_ == "for"
                 for c in p.children if c.dep_ == "pcomp" and c.tag_ == "VBG"), None)
    return deed.text if deed is not None else ""


def _sport_body(t: "Token") -> bool:
    """A body of a sport ("the Football Federation of Kazakhstan", "UEFA", "The KHL", "its disciplinary committee" of
    one), or the organisers of a competition ("The organisers of the Kazakh premier division")."""
    low = t.lower_
    if low in SPORT_BODY_NAMES:
        return True
    if t.lemma_.lower() in ORGANISER_WORDS:
        return any(o.lemma_.lower() in SPORT_COMPETITIONS or o.lower_ in SPORT_BODY_NAMES for o in prep_objects(t, ("of",)))
    if t.lemma_.lower() not in SPORT_BODY_WORDS:
        return False
    return any(c.lower_ in SPORT_NAMES for c in t.children if c.dep_ in ("compound", "amod", "nmod")) \
        or any(o.lower_ in SPORT_NAMES for o in prep_objects(t, ("of", "for")))


def _refers_back(subj: "Token") -> bool:
    """A doer that points back to a speaker named above it: a pronoun or a noun of "its"/"their" ("said it would
    consider penalties", "said its disciplinary committee would consider sanctions")."""
    return subj.pos_ == "PRON" or any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in subj.children)


def sport_body_act(tok: "Token") -> str:
    """A sports body's words or penalties, against clubs, players or fans ("The Football Federation of Kazakhstan said its
    disciplinary committee would consider sanctions against both clubs"): no political act. The body is the doer, or
    the speaker above a doer that points back to it ("it", "its committee"); a doer of its own ("Police in Almaty
    detained 40 fans ..., the Football Federation of Kazakhstan said") or a body that is only the patient ("police
    detained the president of the Georgian Football Federation") is no sports act. Returns its word, or ""."""
    verb = tok
    while True:
        doers = agents(verb) if is_passive(verb) else subjects(verb)
        body = next((d for d in doers if _sport_body(d)), None)
        if body is not None:
            return body.text
        if doers and not all(_refers_back(d) for d in doers):
            return ""  # a doer of its own
        if is_passive(verb) and not doers:
            return ""  # "40 fans were detained, the federation said": nobody's act told
        if verb.dep_ == "ROOT" or verb.head is verb:
            return ""
        verb = verb.head


def club_dealing(tok: "Token") -> str:
    """A sports club's dealing with another club or a player, in a sentence with a word of sport ("Galatasaray rejected
    a 60 million euro offer from Saudi club Al-Hilal for the striker"): the clubs' business, no political act. The club
    is a party of the act, by the word "club" in lower case (not the Paris Club of creditors). Returns its word, or
    ""."""
    objs = objects(tok)
    parties = subjects(tok) + objs + [p for w in [tok, *objs] for p in prep_objects(w, ("from", "to", "with", "for"))]
    club = next((w for p in parties for w in [p, *(c for c in p.children if c.dep_ in ("compound", "appos", "nmod"))]
                 if w.text in CLUB_WORDS), None)
    if club is None or not any(t.lower_ in GENRES["sport"] and t.i != club.i for t in tok.sent):
        return ""
    return club.text


CLUB_WORDS = word_set("club_words")


def _sport_body_named_before(t: "Token") -> bool:
    """A bare body word that points back to a sports body named earlier in the story ("The Kyrgyz Wrestling Federation
    said ... The federation has filed a protest with UWW")."""
    low = t.lemma_.lower()
    if low not in SPORT_BODY_WORDS or not any(c.dep_ == "det" and c.lower_ == "the" for c in t.children):
        return False
    return any(w.lemma_.lower() == low and _sport_body(w) for w in t.doc[:t.i])


def _civil_event_backer(t: "Token") -> bool:
    """Organisers or sponsors of a sports, festival or cultural event, or of none named ("The organisers of the nomad
    games", "festival organisers", "Organisers said they are in talks with sponsors"); not of a rally, a protest or a
    resolution ("Organisers of Saturday's opposition rally", "The resolution's sponsors, led by Georgia and Ukraine"):
    those are political parties."""
    owners = prep_objects(t, ("of",)) + [c for c in t.children if c.dep_ in ("poss", "compound", "nmod")]
    if not owners:
        return True
    return any(o.lemma_.lower() in CIVIL_EVENT_NOUNS or o.lower_ in CIVIL_EVENT_NOUNS
               or o.lemma_.lower() in SPORT_COMPETITIONS or o.lower_ in SPORT_NAMES or _sport_body(o) for o in owners)


EVENT_BACKER_NOUNS = word_set("event_backer_nouns")
CIVIL_EVENT_NOUNS = word_set("civil_event_nouns")


def _civil_party(t: "Token") -> bool:
    """A non-state civil party: an athlete, fans, organisers, sponsors, scholars, a dig or a sports body ("The Kazakh
    boxer", "local supporters", "Historians", "the leader of the expedition", "the federation" of a sport named
    before). Supporters of someone ("His supporters", "supporters of the jailed opposition leader") are political."""
    low = t.lemma_.lower()
    if (low in EVENT_BACKER_NOUNS or t.lower_ in EVENT_BACKER_NOUNS) and not _civil_event_backer(t):
        return False
    if low in CIVIL_PARTY_NOUNS or t.lower_ in CIVIL_PARTY_NOUNS or _sport_body(t) or _sport_body_named_before(t):
        return True
    if low == "supporter":  # ("local supporters"; not "His supporters", "supporters of Kuvvatov")
        marks = [c for c in t.children if c.dep_ in ("amod", "compound", "nmod", "poss")]
        return not prep_objects(t, ("of",)) and bool(marks) and all(c.lower_ in FAN_SUPPORTER_MARKS for c in marks)
    if low in CIVIL_PARTY_HEADS:
        owners = prep_objects(t, ("of",)) + [c for c in t.children if c.dep_ == "poss"]
        return any(o.lemma_.lower() in CIVIL_PARTY_NOUNS or _sport_body(o) for o in owners)
    return False


def _doers_of(tok: "Token") -> list["Token"]:
    """Who does the act a trigger tells: the verb's subject (agent if passive); for a noun, its "from"/"by" phrase ("a
    protest from local supporters") or the subject of the verb that holds it ("are in talks with sponsors", "filed a
    protest"). A pronoun subject of a reported clause is the speaker ("Organisers said they are in talks")."""
    if tok.pos_ in ("NOUN", "PROPN"):
        doers = prep_objects(tok, ("from", "by"))
        if doers:
            return doers
        verb = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "in" else tok.head if tok.dep_ == "dobj" else None
        if verb is None or verb.pos_ not in ("VERB", "AUX"):
            return []
    else:
        verb = tok
    doers = agents(verb) if is_passive(verb) else subjects(verb)
    if verb.dep_ == "relcl" and doers and all(d.lower_ in ("who", "that", "which") for d in doers):
        return [verb.head]  # ("said a senior cardiologist, who asked that ...": the noun the relative clause is on)
    while all(d.pos_ == "PRON" for d in doers) and verb.dep_ in ("ccomp", "conj", "xcomp", "advcl") \
            and verb.head is not verb:  # (also a purpose clause with no subject: "gathered ... to discuss")
        verb = verb.head
        doers = subjects(verb) or doers
    return doers


PROFESSIONAL_PARTY_NOUNS = word_set("professional_party_nouns")
ADDRESSED_STATE_WORDS = word_set("addressed_state_words")


def _dictionary_body(t: "Token", index: MentionIndex | None) -> bool:
    """The doer's word heads a name the actor dictionary knows ("Doctors Without Borders condemned ...": an NGO, not
    doctors)."""
    if index is None:
        return False
    m = index.at(t)
    return m is not None and bool(m.entity.code) and (m.kind == "org" or bool(m.entity.identifier_text))


def _state_addressed(tok: "Token", doers: Sequence["Token"], index: MentionIndex | None) -> bool:
    """A demand or an accusation made of a state organ, outside the doers' own words ("demanded that the Health
    Ministry pay six months of arrears", "accused the government of ignoring the hospitals")."""
    own = {w.i for d in doers for w in d.subtree} - {w.i for w in tok.subtree}  # (the act may hang on the doer:
    for w in tok.subtree:  # "300 doctors, who demanded that ...")
        if w.i in own or w.i == tok.i:
            continue
        if w.lemma_.lower() in ADDRESSED_STATE_WORDS and (w.text[:1].isupper() or w.lemma_.lower() in (
                "government", "authority", "authorities", "parliament")):
            return True
        if index is not None and _state_named(w, index):
            return True
    return False


def civil_party_act(tok: "Token", index: MentionIndex | None = None, event: str = "") -> str:
    """Words or dealings of a non-state civil party: athletes, fans, organisers, sponsors, scholars, a dig or a sports
    body ("The Kazakh boxer asked the International Boxing Association to review the scores", "The verdict drew a
    protest from local supporters", "Organisers said they are in talks with sponsors", "Historians gathered to discuss
    the battle of 1709", "The federation has filed a protest with UWW"): no political act, and no state may be lent
    to it by a fallback. A name the dictionary knows is no civil party ("Doctors Without Borders condemned ..."), and
    doctors or nurses who demand something of a state organ or accuse it make a political claim ("Doctors ... demanded
    that the Health Ministry pay the arrears"). Returns the party's word, or ""."""
    filed = dateline_end(nlp.doc_text(tok.doc))
    # (not the dateline's city the parser made a subject, but the doer it hung on that city: "BISHKEK, June 3 –
    # Organisers of the nomad games said")
    doers = [d for d in _doers_of(tok) if d.idx >= filed] or [
        a for d in _doers_of(tok) for a in d.children if a.dep_ == "appos" and a.idx >= filed]
    if not doers or not all(_civil_party(d) for d in doers) or any(_dictionary_body(d, index) for d in doers):
        return ""
    if event in ("REQUEST", "ACCUSE") and all(d.lemma_.lower() in PROFESSIONAL_PARTY_NOUNS
                                              or d.lower_ in PROFESSIONAL_PARTY_NOUNS for d in doers) \
            and _state_addressed(tok, doers, index):
        return ""
    return doers[0].text


def opening_occasion(tok: "Token") -> str:
    """"Open" of an occasion that begins, not of a way let through ("The trial ... will open on May 5", "An exhibition on
    the 2022 border fighting will open at the State Historical Museum"): no access given. Returns the occasion, or ""."""
    if tok.lemma_.lower() not in ("open", "reopen") or objects(tok):
        return ""
    occasion = next((s for s in subjects(tok) + (passive_subjects(tok) if is_passive(tok) else [])
                     if s.lemma_.lower() in OPENING_OCCASIONS), None)
    return occasion.text if occasion is not None else ""


def _depiction(noun: "Token") -> bool:
    """A picture or a work that shows something ("a cartoon", "a mural", "the film", "a new animated video")."""
    return noun.lemma_.lower() in DEPICTION_NOUNS or noun.lower_ in DEPICTION_NOUNS or _work_of_fiction(noun) \
        or any(c.lower_ in DEPICTION_MARKS for c in noun.children if c.dep_ in ("amod", "compound"))


def _screened_scene(noun: "Token") -> bool:
    """A scene or sequence of a work shown in its sentence ("Scenes of shelling drew long silences at its sold-out
    screening"); not "witnesses described scenes of shelling in the town"."""
    return noun.lemma_.lower() in FICTION_PARTS and any(
        w.lemma_.lower() in SCREENING_WORDS or w.lower_ in SCREENING_WORDS for w in noun.sent)


MATTER_LINKS = ("acl", "pobj", "pcomp", "prep", "dobj", "compound", "amod", "nmod", "conj", "appos")


def _work_told_about(tok: "Token") -> str:
    """A work whose matter ("a film about ...", "a book on ...") the act belongs to, reached through words that are no
    clause of their own ("A new film about Russian pilots held hostage in Kandahar", "a documentary on the 1996 release
    of the pilots"); not a finite clause inside it ("a film about the war, which Moscow banned on Monday"). Returns the
    work's word, or ""."""
    cur = tok
    while cur.dep_ in MATTER_LINKS and cur.head.i != cur.i:
        if cur.dep_ == "acl" and cur.tag_ not in ("VBN", "VBG"):
            return ""
        head = cur.head
        if cur.dep_ == "pobj" and head.lower_ in ("about", "on") and (_depiction(head.head) or head.head.lemma_.lower() in ART_WORKS):
            return head.head.text
        cur = head
    return _work_misparsed_as_doer(tok)


def _work_misparsed_as_doer(tok: "Token") -> str:
    """A work the parser made the act's subject, its "about" phrase ending right before the act ("A new film about
    Russian pilots held hostage in Kandahar premiered": "held" is said of the pilots the film is about)."""
    for s in subjects(tok):
        if not (_depiction(s) or s.lemma_.lower() in ART_WORKS):
            continue
        if any(p.dep_ == "prep" and p.lower_ in ("about", "on") and max(x.i for x in p.subtree) == tok.i - 1
               for p in s.children):
            return s.text
    return ""


BOOK_WORKS = word_set("book_works")


def _told_in_book(tok: "Token") -> str:
    """An act the verb tells "in" a book ("In his new memoir, Armenia's former deputy foreign minister accuses Moscow of
    ..."): what the book says, not an act of the news. Returns the book's word, or ""."""
    return next((p.text for c in tok.children if c.dep_ == "prep" and c.lower_ == "in" for p in c.children
                 if p.dep_ == "pobj" and p.lemma_.lower() in BOOK_WORKS), "")


def depicted_act(tok: "Token") -> str:
    """An act shown in a picture, not done ("ran a cartoon of Pashinyan storming a fortress", "A mural in Gori shows
    Russian tanks shelling the town's apartment blocks"): a gerund under "of" on a picture, or on the thing a picture
    shows. Returns the picture's word, or ""."""
    if tok.dep_ in ("pobj", "pcomp") and tok.head.lower_ == "of" and _screened_scene(tok.head.head):
        return tok.head.head.text  # "Scenes of shelling drew long silences at its screening"
    if (work := _work_told_about(tok)):
        return work  # "A new film about Russian pilots held hostage in Kandahar premiered"
    if (book := _told_in_book(tok)):
        return book  # "In his new memoir, the former minister accuses Moscow of ..."
    if tok.tag_ != "VBG":
        return ""
    if tok.dep_ == "pcomp" and tok.head.lower_ == "of" and _depiction(tok.head.head):
        return tok.head.head.text
    if tok.dep_ == "advcl" and not any(c.dep_ in ("nsubj", "mark", "aux") for c in tok.children):
        # "printed a cartoon of Russian generals shelling a map": the parser hung the gerund on the verb
        shown = next((o for o in objects(tok.head) if _depiction(o) and prep_objects(o, ("of",))
                      and max(t.i for t in o.subtree) == tok.i - 1), None)
        if shown is not None:
            return shown.text
    if tok.dep_ == "ccomp" and tok.head.lemma_.lower() in PLOT_VERBS and any(c.dep_ == "nsubj" for c in tok.children) \
            and not any(c.dep_ in ("mark", "aux") for c in tok.children):
        # "A giant banner in central Kyiv shows Russian soldiers burning Ukrainian villages": the shown doer as the
        # gerund's subject
        picture = next((s for s in subjects(tok.head) if _depiction(s)), None)
        if picture is not None:
            return picture.text
    if tok.dep_ == "acl":
        shown = tok.head
        if shown.dep_ == "pobj" and shown.head.lower_ == "of" and _depiction(shown.head.head):
            return shown.head.head.text
        if shown.dep_ == "dobj" and shown.head.lemma_.lower() in PLOT_VERBS and any(
                _depiction(s) for s in subjects(shown.head)):
            return next(s.text for s in subjects(shown.head) if _depiction(s))
    if tok.dep_ in ("acl", "ccomp") and (picture := _picture_of_misread_showing_verb(tok)) is not None:
        return picture.text
    return ""


def _picture_of_misread_showing_verb(gerund: "Token") -> "Token | None":
    """The picture whose showing verb the parser read as a noun before what is shown ("The reliefs, found in a throne
    room, depict soldiers storming a walled city": "depict" a compound of "soldiers", the gerund hung on "reliefs", on
    "soldiers" in apposition to them, or with "reliefs" as its subject). Returns the picture, or None."""
    shown = gerund.head
    pictures = [shown] + ([shown.head] if shown.dep_ == "appos" else []) \
        + [c for c in gerund.children if c.dep_ == "nsubj"]
    picture = next((p for p in pictures if p.pos_ == "NOUN" and _depiction(p) and p.i < gerund.i), None)
    if picture is None:
        return None
    misread = any(w.dep_ == "compound" and w.lemma_.lower() in PLOT_VERBS for w in gerund.doc[picture.i + 1:gerund.i])
    return picture if misread else None


def convict_oath(tok: "Token") -> str:
    """An oath of people in custody ("The pardoned prisoners walked free after swearing on the Koran to obey the law",
    "the amnestied men pledged in writing not to join extremist groups"): a condition of release, no agreement between
    parties. Returns the people's word, or ""."""
    holders = subjects(tok)
    cur = tok
    while not holders and cur.dep_ in ("pcomp", "advcl", "xcomp", "conj", "prep", "pobj") and cur.head.i != cur.i:
        cur = cur.head
        holders = (subjects(cur) + passive_subjects(cur)) if cur.pos_ in ("VERB", "AUX") else []
    for h in holders:
        if h.lemma_.lower() in CUSTODY_PEOPLE or any(c.lower_ in CUSTODY_MARKS for c in h.children if c.dep_ in ("amod", "compound")):
            return h.text
    return ""


def _nationality_of(noun: "Token") -> str:
    """The nationality word on a noun ("the Kyrgyz embassy", "families of Kyrgyz citizens"), lower-cased, or ""."""
    return next((c.lower_ for c in noun.children if c.dep_ in ("amod", "compound", "nmod") and c.ent_type_ in ("NORP", "GPE")), "")


def own_nationals_helped(tok: "Token") -> str:
    """A diplomatic mission helping its own nationals abroad ("The Kyrgyz embassy in Moscow is helping the families of
    Kyrgyz citizens killed in the crash to bring the bodies home"): consular service, no aid between states. Returns
    the helped people's word, or ""."""
    missions = [d for d in (agents(tok) if is_passive(tok) else subjects(tok)) if d.lemma_.lower() in DIPLOMATIC_MISSIONS]
    if not missions:
        return ""
    own = _nationality_of(missions[0])
    helped = objects(tok) + prep_objects(tok, ("to",))
    helped += [o for h in helped for o in prep_objects(h, ("of",))]
    for h in helped:
        if h.lemma_.lower() in OWN_NATIONAL_NOUNS and (
                (own and _nationality_of(h) == own) or any(c.lower_ in ("its", "their") for c in h.children if c.dep_ == "poss")
                or h.lemma_.lower() == "compatriot"):
            return h.text
    return ""


DEFENDED_STAKES = word_set("defended_stakes")


def own_citizen_defended(tok: "Token", index: MentionIndex) -> str:
    """A state vowing to defend the rights or interests of its own citizens ("Moscow would continue to defend the rights
    of a Russian citizen", "will defend the interests of its compatriots"): a state's duty to its nationals, no support
    given to another party. Returns the citizens' word, or ""."""
    own = {e.code for e in entities_of(subjects(tok), index)} - {""}
    for stake in objects(tok):
        if stake.lemma_.lower() not in DEFENDED_STAKES:
            continue
        for h in prep_objects(stake, ("of",)):
            if h.lemma_.lower() not in OWN_NATIONAL_NOUNS:
                continue
            if h.lemma_.lower() == "compatriot" or any(c.dep_ == "poss" and c.lower_ in ("its", "their", "our") for c in h.children):
                return h.text
            nation = [c for c in h.children if c.dep_ in ("amod", "compound", "nmod") and c.ent_type_ in ("NORP", "GPE")]
            if own and nation and {e.code for e in entities_of(nation, index)} & own:
                return h.text
    return ""


FLOOD_WATER_WORDS = word_set("flood_water_words")


def closed_by_hazard_words() -> frozenset[str]:
    """The words of water that, as the doer of a because/after clause, make a closure the work of a flood."""
    return FLOOD_WATER_WORDS


CONSUMER_ADDRESSEES = MARKET_PARTIES | GUEST_NOUNS | word_set("consumer_addressees")
CONSUMER_REMEDIES = word_set("consumer_remedies")


def consumer_dealing(tok: "Token", index: MentionIndex) -> str:
    """A promise, an apology or an offer of a firm, a performer's management or a private person to customers,
    passengers or ticket holders ("her management said ..., promising full refunds to ticket holders", "Air Astana
    apologised to passengers and promised vouchers to everyone on the cancelled flights"): business, no act between
    political parties, and no state may be lent to it by a fallback. Not when a state or its organ does it ("the
    ministry promised compensation to passengers" stays). Returns the addressee's or the remedy's word, or ""."""
    doers = [d for d in _doers_of(tok) if d.idx >= index.dateline_end]
    if any(_state_named(w, index) or ((m := index.at(w)) is not None and m.entity.code in ("IGO", "UNO", "EUR", "NGO"))
           for d in doers for w in d.subtree):  # (not a state, a bloc or an agency: "IOM distributed vouchers")
        return ""
    takers = prep_objects(tok, ("to", "for")) + [c for c in tok.children if c.dep_ == "dative"]
    for t in takers:
        if t.lemma_.lower() in CONSUMER_ADDRESSEES or t.lower_ in CONSUMER_ADDRESSEES:
            return t.text
    remedy = next((o for o in objects(tok) if o.lemma_.lower() in CONSUMER_REMEDIES or o.lower_ in CONSUMER_REMEDIES), None)
    return remedy.text if remedy is not None else ""


def _speakers_just_before(tok: "Token") -> list["Token"]:
    """The subjects of "say" in the sentence right before `tok`'s, whom a "he" or "she" that opens the next saying
    points back to; [] when that sentence has no such speaker."""
    start = tok.sent.start
    if start == 0:
        return []
    before = tok.doc[start - 1].sent
    return [s for v in before if v.lemma_.lower() == "say" for s in subjects(v)]


def commentator_advice(tok: "Token") -> str:
    """What an economist, analyst or expert says someone "should" or "must" do ("Almaty economist Rasul Rysmambetov said
    lenders should prepare contingency plans", "Banks must diversify their accounts, an analyst at Halyk Finance
    said"): advice of no political actor, no demand (not "UN experts"). `tok` is the verb of saying. Returns the
    speaker's word, or ""."""
    speakers = subjects(tok) or [w for w in tok.subtree if w.dep_ == "appos" and w.i < tok.i]  # (a speaker the parser
    # hung on the quoted clause: "Exporters must find new markets, an analyst at a consultancy said")
    if len(speakers) == 1 and speakers[0].lower_ in ("he", "she"):
        speakers = _speakers_just_before(tok)  # ('..., said Almaty economist Rasul Rysmambetov. He said lenders should')
    for s in speakers:
        for w in (s, *(c for c in s.children if c.dep_ in ("compound", "appos"))):
            if (w.lemma_.lower() in NONPOLITICAL_SPEAKERS or w.lower_ in NONPOLITICAL_SPEAKERS) and not _official_experts(w):
                return w.text
    return ""
