"""The near-duplicate index must find every pair the full pairwise scan finds."""

from __future__ import annotations

from hypothesis import given, settings, strategies as st

from training.neardup import (
    NEAR_DUP_JACCARD,
    SimilarWordSets,
    is_near_duplicate,
    jaccard,
    word_counts,
)

# A small vocabulary makes overlapping sets, and so near-duplicates, common.
word_sets = st.frozensets(st.sampled_from([f"w{i}" for i in range(14)]), max_size=12)


@settings(max_examples=300, deadline=None)
@given(st.lists(word_sets, max_size=25), word_sets, st.sampled_from([0.5, NEAR_DUP_JACCARD]))
def test_candidates_cover_every_true_match(
    kept: list[frozenset[str]], query: frozenset[str], threshold: float
) -> None:
    index: SimilarWordSets[int] = SimilarWordSets(threshold, word_counts([*kept, query]))
    for number, words in enumerate(kept):
        index.add(words, number)
    found = index.candidates(query)
    assert found == sorted(found)
    expected = {
        number
        for number, words in enumerate(kept)
        if words == query or (words and query and jaccard(words, query) >= threshold)
    }
    assert expected <= set(found)


def test_near_duplicate_rule() -> None:
    sentence = frozenset("the cat was sick on the new sofa today".split())
    assert is_near_duplicate(sentence, sentence | {"again"})
    assert not is_near_duplicate(sentence, sentence | {"again", "and", "again2"})
    # Short texts only match when their words are the same.
    assert is_near_duplicate(frozenset({"hello"}), frozenset({"hello"}))
    assert not is_near_duplicate(frozenset({"a", "b", "c"}), frozenset({"a", "b"}))
    assert is_near_duplicate(frozenset(), frozenset())
