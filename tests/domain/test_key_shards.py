"""KeyShards, the set of a write in steps' keys kept in shards, is a set like any other."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from ecplanner.domain.key_shards import KeyShards
from ecplanner.domain.ops import Changes

KEYS = st.text(alphabet="ab12-", max_size=4)


@given(st.lists(st.tuples(st.booleans(), KEYS), max_size=200), st.frozensets(KEYS))
def test_it_holds_what_a_plain_set_holds(steps: list[tuple[bool, str]],
                                          other: frozenset[str]) -> None:
    shards, plain = KeyShards(), set[str]()
    for adding, key in steps:
        (shards.add if adding else shards.discard)(key)
        (plain.add if adding else plain.discard)(key)
    assert len(shards) == len(plain) and sorted(shards) == sorted(plain)
    assert all(key in shards for key in plain) and shards == plain and plain == shards
    assert (shards | other) == (plain | other) and isinstance(shards | other, frozenset)
    assert (shards - other) == (plain - other) and (other - shards) == (other - plain)
    assert bool(shards) == bool(plain)


def test_a_changes_of_shards_reads_as_one_of_frozensets() -> None:
    keys = KeyShards(f"k{n}" for n in range(1_000))
    changes = Changes({str: keys})
    assert changes.of_kind(str) == frozenset(f"k{n}" for n in range(1_000))
    later = Changes({}, {str: frozenset({"k1", "k2"})})
    merged = changes | later  # what the later write deleted is no longer put
    assert merged.put(str) == frozenset(keys) - {"k1", "k2"}
    assert merged.deleted(str) == {"k1", "k2"} and merged.count == 1_000
    assert 42 not in keys  # not a key at all


def test_emptied_in_pieces_it_yields_between_them_and_ends_empty() -> None:
    keys = KeyShards(f"k{n}" for n in range(1_000))
    pieces = keys.emptied_in_pieces()
    next(pieces)
    assert 0 < len(keys) < 1_000  # one shard emptied, the others not yet
    assert len(list(pieces)) > 1 and len(keys) == 0


def test_a_later_write_of_another_kind_does_not_walk_an_imports_keys() -> None:
    keys = KeyShards(f"k{n}" for n in range(1_000))
    merged = Changes({str: keys}) | Changes({int: frozenset({"1"})})
    assert merged.put(str) is keys  # kept as it is, not copied key by key
    assert merged.put(int) == {"1"}
    again = merged | Changes({str: frozenset({"new"})}, {str: frozenset({"k1"})})
    assert again.put(str) == (frozenset(keys) - {"k1"}) | {"new"}
    assert again.deleted(str) == {"k1"}
