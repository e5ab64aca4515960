"""Near-duplicate (syndicated copy) detection: MinHash over word shingles + LSH.

A copy is the same report with a changed headline or dateline, or a sentence trimmed. Two
reports of one event in different words share few 5-word shingles and are not copies.

The signature bytes are: 4-byte little-endian shingle count, then num_perm uint64 hash values.
The count lets `find` measure containment (a trimmed copy lies almost wholly inside the
original) as well as Jaccard similarity.
"""

from __future__ import annotations

import re
import struct
import zlib

import numpy as np

SHINGLE_WORDS = 5
_WORD = re.compile(r"\w+", re.UNICODE)
_COUNT = struct.Struct("<I")
_SCHEME = "affine32"  # scheme, seed and hash function are pinned: stored signatures must stay comparable
_SEED = 1
_MIN_SIZE_RATIO = 0.5  # containment counts only when the smaller text is at least half the larger


def shingles(text: str, size: int = SHINGLE_WORDS) -> set[bytes]:
    words = _WORD.findall(text.lower())
    if len(words) < size:
        return {" ".join(words).encode("utf-8")} if words else set()
    return {" ".join(words[i : i + size]).encode("utf-8") for i in range(len(words) - size + 1)}


class NearDuplicateIndex:
    """MinHash LSH index of stored stories; `find` returns the id of a near-duplicate or None."""

    def __init__(self, threshold: float, num_perm: int = 128) -> None:
        from datasketch import MinHashLSH

        self.threshold = threshold
        # A trimmed copy lies almost wholly inside the original; containment is a noisier estimate
        # (it scales the Jaccard error), so it must clear a higher bar: 0.9 for threshold 0.8.
        self._containment_threshold = (1 + threshold) / 2
        self.num_perm = num_perm
        # Candidates are gathered with a looser threshold, then checked exactly on the signatures.
        self._lsh = MinHashLSH(threshold=max(0.3, threshold * _MIN_SIZE_RATIO), num_perm=num_perm)
        self._signatures: dict[str, tuple[int, np.ndarray]] = {}
        self._permutations = self._new_minhash().permutations  # generated once, shared by every MinHash

    def __len__(self) -> int:
        return len(self._signatures)

    def __contains__(self, article_id: str) -> bool:
        return article_id in self._signatures

    def signature(self, text: str) -> bytes:
        items = shingles(text)
        minhash = self._new_minhash(permutations=self._permutations)
        minhash.update_batch(list(items))
        return _COUNT.pack(len(items)) + minhash.hashvalues.astype("<u8").tobytes()

    def add(self, article_id: str, signature: bytes) -> None:
        """Index a story (a second add of the same id is ignored)."""
        if article_id in self._signatures:
            return
        count, values = self._decode(signature)
        self._lsh.insert(article_id, self._minhash(values))
        self._signatures[article_id] = (count, values)

    def remove(self, article_id: str) -> None:
        if article_id in self._signatures:
            self._lsh.remove(article_id)
            del self._signatures[article_id]

    def find(self, signature: bytes) -> str | None:
        """The id of the most similar indexed story that is a near-duplicate, or None."""
        count, values = self._decode(signature)
        if count == 0:
            return None
        best_id, best_score = None, 0.0
        for candidate in self._lsh.query(self._minhash(values)):
            other_count, other_values = self._signatures[candidate]
            jaccard, containment = self._similarity(count, values, other_count, other_values)
            if jaccard < self.threshold and containment < self._containment_threshold:
                continue
            score = max(jaccard, containment)
            if (score, str(candidate)) > (best_score, str(best_id)):
                best_id, best_score = candidate, score
        return best_id

    def _similarity(self, count: int, values: np.ndarray, other_count: int, other_values: np.ndarray) -> tuple[float, float]:
        """Jaccard estimate, and containment of the smaller text in the larger (0 when their
        sizes differ by more than 2x: a short piece quoted inside a long one is not a copy)."""
        jaccard = float(np.count_nonzero(values == other_values)) / self.num_perm
        small, large = sorted((count, other_count))
        if small == 0 or small < _MIN_SIZE_RATIO * large:
            return jaccard, 0.0
        intersection = jaccard * (count + other_count) / (1 + jaccard)
        return jaccard, min(1.0, intersection / small)

    def _decode(self, signature: bytes) -> tuple[int, np.ndarray]:
        expected = _COUNT.size + 8 * self.num_perm
        if len(signature) != expected:
            raise ValueError(f"signature has {len(signature)} bytes, expected {expected} (num_perm={self.num_perm})")
        (count,) = _COUNT.unpack_from(signature)
        return count, np.frombuffer(signature, dtype="<u8", offset=_COUNT.size).astype(np.uint64)

    def _minhash(self, values: np.ndarray):
        return self._new_minhash(hashvalues=values, permutations=self._permutations)

    def _new_minhash(self, **given):
        from datasketch import MinHash

        return MinHash(num_perm=self.num_perm, seed=_SEED, scheme=_SCHEME, hashfunc=zlib.crc32, **given)
