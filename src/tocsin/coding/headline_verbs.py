"""Headline verbs the tagger took for nouns, parsed again as verbs.

Headlines drop their articles and auxiliaries, and the small parser then reads a present-tense verb as
a plural noun: "Iran summons Azerbaijani ambassador", "Uzbek president pardons jailed blogger",
"China, Kyrgyzstan, Uzbekistan sign railway deal". Such a story loses its event. For a headline line
(no closing full stop) where an event verb of the trigger lexicon stands as a noun right after its
subject and before its object, the text is parsed once more with that word in the past tense
("summoned"), which the tagger reads as a verb; the new tree is kept only if the word became a verb
with a subject. The stored document keeps the words as written (every offset is unchanged): only the
tags, lemmas and tree of the second parse are carried over.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable, Iterable

from tocsin.coding.word_lists import word_set

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Span, Token

MAX_HEADLINE_TOKENS = 25
NOUN_TAGS = frozenset({"NN", "NNS"})
SUBJECT_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS"})  # what stands right before the verb
VERB_TAG_PREFIX = ("VB", "MD")
# what cannot follow a verb taken for a noun: a finite verb ("Israeli strikes kill 20") or a preposition
# ("Putin-Erdogan talks in Sochi" is a noun phrase)
NOT_OBJECT_TAGS = frozenset({"VBP", "VBZ", "MD", "IN", "TO"})
SENTENCE_END = frozenset({".", "!", "?"})
PLURAL_COLLECTIVES = word_set("plural_collectives")


@dataclass(frozen=True, slots=True)
class HeadlineVerb:
    """A word to parse again as a verb: its token index, lemma, and the present-tense tag it takes."""

    index: int
    lemma: str
    tag: str  # VBZ ("summons") or VBP ("sign", after a plural subject)


def is_headline(sentence: "Span") -> bool:
    """A line with no closing full stop, short enough to be a title."""
    words = [t for t in sentence if not t.is_space]
    if not words or len(words) > MAX_HEADLINE_TOKENS:
        return False
    return words[-1].text not in SENTENCE_END


def _verb_lemma(word: str, verbs: frozenset[str]) -> tuple[str, str] | None:
    """("summon", "VBZ") for "summons"; ("sign", "VBP") for "sign"; None for other words."""
    lower = word.lower()
    if lower in verbs:
        return lower, "VBP"
    for suffix in ("es", "s"):  # "pushes" -> "push", "pledges" -> "pledge"
        if lower.endswith(suffix) and lower[: -len(suffix)] in verbs:
            return lower[: -len(suffix)], "VBZ"
    return None


def _plural_subject(token: "Token") -> bool:
    """A base-form verb needs a plural subject in front: "China, Kyrgyzstan sign", "farmers block"."""
    before = token.doc[token.i - 1]
    if before.tag_ in ("NNS", "NNPS") or before.lower_ in PLURAL_COLLECTIVES:
        return True
    return any(t.text == "," or t.lower_ == "and" for t in token.doc[token.sent.start: token.i])


def _later_verb(token: "Token", sentence: "Span") -> bool:
    """A verb further on that heads the headline ("... survivors testify at UN", "... footage shows chaos",
    "... costs soar"), or a label before a colon ("Ukraine attacks map: ..."); a word tagged as a verb right
    after the candidate ("pardons jailed blogger") or a plural noun read as a verb at the very end ("...
    over embassy remarks") does not count."""
    words = [t for t in sentence if not t.is_space]
    last = words[-1].i
    for t in words:
        if t.i <= token.i + 1:
            continue
        if t.text == ":":
            return True
        if t.tag_ in ("VBP", "VBZ", "VBD", "VBN", "MD") and (t.i != last or t.tag_ in ("VBP", "MD")):
            return True
    return False


def find_headline_verbs(doc: "Doc", verbs: frozenset[str]) -> list[HeadlineVerb]:
    """The nouns of headline lines that are event verbs standing between a subject and an object."""
    found: list[HeadlineVerb] = []
    for sentence in doc.sents:
        if not is_headline(sentence) or any(t.tag_.startswith(VERB_TAG_PREFIX) and t.dep_ == "ROOT" and
                                             t.i < sentence.end - 1 and t.lemma_ in verbs for t in sentence):
            continue
        for token in sentence[1:-1]:
            if token.tag_ not in NOUN_TAGS or doc[token.i - 1].tag_ not in SUBJECT_TAGS:
                continue
            after = doc[token.i + 1]
            if after.is_punct or after.tag_ in NOT_OBJECT_TAGS or (
                    token.dep_ in ("nsubj", "nsubjpass") and token.head.lemma_ in verbs):
                continue  # "Israeli strikes kill 20": the noun is the subject of the event verb
            if _later_verb(token, sentence):
                continue  # "Hamas attacks survivors testify at UN": the noun compound is a subject
            lemma_tag = _verb_lemma(token.text, verbs)
            if lemma_tag is None or (lemma_tag[1] == "VBP" and not _plural_subject(token)):
                continue
            found.append(HeadlineVerb(token.i, *lemma_tag))
            break  # one verb per headline
    return found


def _past(lemma: str) -> str:
    """A regular past form, only for the tagger to read a verb ("summoned", "pledged"; "slaped" does as well)."""
    if lemma.endswith("e"):
        return lemma + "d"
    if lemma.endswith("y") and len(lemma) > 2 and lemma[-2] not in "aeiou":
        return lemma[:-1] + "ied"
    return lemma + "ed"


def reparse_headline_verbs(doc: "Doc", verbs: frozenset[str],
                           parse: Callable[[str], "Doc"]) -> "Doc":
    """`doc` with its headline verbs parsed as verbs (or `doc` itself when there is none, or the second
    parse does not make them verbs with a subject)."""
    found = find_headline_verbs(doc, verbs)
    if not found:
        return doc
    replaced = {f.index: f for f in found}
    pieces = [(_past(replaced[t.i].lemma) if t.i in replaced else t.text) + t.whitespace_ for t in doc]
    second = parse("".join(pieces))
    if len(second) != len(doc) or any(a.text != b.text for a, b in zip(doc, second) if a.i not in replaced):
        return doc
    kept = [f for f in found if second[f.index].tag_.startswith("VB") and
            any(c.dep_ in ("nsubj", "nsubjpass") for c in second[f.index].children)]
    if len(kept) != len(found):
        return doc
    return _with_tree_of(doc, second, replaced)


def _with_tree_of(doc: "Doc", second: "Doc", replaced: dict[int, HeadlineVerb]) -> "Doc":
    """A new Doc with the words of `doc` and the tags, lemmas, tree and entities of `second`."""
    from spacy.tokens import Doc

    def each(values: Iterable[str], override: Callable[[HeadlineVerb], str]) -> list[str]:
        return [override(replaced[i]) if i in replaced else v for i, v in enumerate(values)]

    morph_present = {"VBZ": "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin",
                     "VBP": "Mood=Ind|Tense=Pres|VerbForm=Fin"}
    rebuilt = Doc(
        doc.vocab,
        words=[t.text for t in doc],
        spaces=[bool(t.whitespace_) for t in doc],
        tags=each((t.tag_ for t in second), lambda f: f.tag),
        pos=each((t.pos_ for t in second), lambda f: "VERB"),
        morphs=each((str(t.morph) for t in second), lambda f: morph_present[f.tag]),
        lemmas=each((t.lemma_ for t in second), lambda f: f.lemma),
        heads=[t.head.i for t in second],
        deps=[t.dep_ for t in second],
        ents=[f"{t.ent_iob_}-{t.ent_type_}" if t.ent_type_ else "O" for t in second],
    )
    rebuilt.tensor = second.tensor
    return rebuilt
