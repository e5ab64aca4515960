"""The spaCy front: pipelines load once per process; a Doc's text is joined once."""

from __future__ import annotations

from tocsin import nlp
from tocsin.config import Settings


def test_doc_text_is_the_parsed_text_joined_once() -> None:
    pipeline = nlp.load_pipeline(Settings().spacy_model)
    assert nlp.load_pipeline(Settings().spacy_model) is pipeline
    text = "Kyrgyz border guards detain three smugglers\n\nThe men  were carrying hashish."
    doc = pipeline(text)
    assert nlp.doc_text(doc) == text == doc.text
    assert nlp.doc_text(doc) is nlp.doc_text(doc)  # cached on the Doc, not joined again
