package org.qunbook.search;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Distinct terms numbered 0, 1, 2… in the order they were first added: the term dictionary of an
 * index, and the terms of one field while it is analysed. A term of up to four UTF-16 units is held
 * as its {@link ShortTerms} key, so CJK tokens are counted and looked up with no String made; its
 * String is made when first asked for. Open addressing over one long array holding each slot's key
 * next to its id, so that finding a keyed term costs one cache miss and allocates nothing.
 * Not thread-safe.
 */
final class TermIds {
    private long[] keys;
    /** The terms without a key, and the Strings of keyed terms once made. */
    private String[] texts;
    /**
     * Two longs a slot: the term's key (0 for a term without one) and its id + 1 (0: a free slot).
     * Kept at most half full.
     */
    private long[] table;
    /** 32 minus the table's bit count: Fibonacci hashing takes the product's top bits. */
    private int shift;
    private int size;
    /** Ids in the UTF-16 order of their terms, computed when first asked for after the last add. */
    private int[] sorted;

    TermIds(int expected) {
        int capacity = Integer.highestOneBit(Math.max(8, expected) * 2 - 1) * 2;
        keys = new long[capacity / 2];
        texts = new String[capacity / 2];
        table = new long[2 * capacity];
        shift = Integer.numberOfLeadingZeros(capacity) + 1;
    }

    /** The id of {@code term}, adding it if new. */
    int add(String term) {
        long key = ShortTerms.key(term);
        if (key != ShortTerms.NONE) {
            return addKey(key);
        }
        int slot = slotOf(term);
        return idAt(slot) >= 0 ? idAt(slot) : insert(slot, ShortTerms.NONE, term);
    }

    /** The id of the term with this {@link ShortTerms} key, adding it if new. */
    int addKey(long key) {
        int slot = slotOfKey(key);
        return idAt(slot) >= 0 ? idAt(slot) : insert(slot, key, null);
    }

    /** The id of {@code term}, or -1 if it was never added. */
    int find(String term) {
        long key = ShortTerms.key(term);
        return key != ShortTerms.NONE ? findKey(key) : idAt(slotOf(term));
    }

    /** The id of the term with this {@link ShortTerms} key, or -1 if it was never added. */
    int findKey(long key) {
        return idAt(slotOfKey(key));
    }

    /** The id in {@code slot}, -1 if the slot is free. */
    private int idAt(int slot) {
        return (int) table[2 * slot + 1] - 1;
    }

    /** The slot holding the keyed term, or the free slot where it would go. */
    private int slotOfKey(long key) {
        int slot = slot(hash(key));
        while (table[2 * slot] != key && table[2 * slot + 1] != 0) {
            slot = next(slot);
        }
        return slot;
    }

    /** The slot holding {@code term} (a term without a key), or the free slot where it would go. */
    private int slotOf(String term) {
        int slot = slot(term.hashCode());
        while (table[2 * slot + 1] != 0
                && (table[2 * slot] != ShortTerms.NONE || !texts[(int) table[2 * slot + 1] - 1].equals(term))) {
            slot = next(slot);
        }
        return slot;
    }

    String term(int id) {
        String text = texts[id];
        if (text == null) {
            text = ShortTerms.text(keys[id]);
            texts[id] = text;
        }
        return text;
    }

    /** The term's {@link ShortTerms} key, or {@link ShortTerms#NONE}. */
    long key(int id) {
        return keys[id];
    }

    int size() {
        return size;
    }

    /**
     * All ids, ordered by their terms' UTF-16 code units ({@code String.compareTo}), which is the
     * order of JavaScript's default sort and so of lunr's inverted index: keyed terms sorted as
     * unsigned longs, the few others as Strings, then merged.
     */
    int[] inUtf16Order() {
        if (sorted == null) {
            long[] sortedKeys = IntStream.range(0, size).mapToLong(id -> keys[id])
                    .filter(key -> key != ShortTerms.NONE).map(key -> key ^ Long.MIN_VALUE).sorted().toArray();
            int[] others = IntStream.range(0, size).filter(id -> keys[id] == ShortTerms.NONE).boxed()
                    .sorted(Comparator.comparing(id -> texts[id])).mapToInt(Integer::intValue).toArray();
            int[] order = new int[size];
            int k = 0;
            int o = 0;
            for (int i = 0; i < size; i++) {
                long key = k < sortedKeys.length ? sortedKeys[k] ^ Long.MIN_VALUE : ShortTerms.NONE;
                if (o == others.length || key != ShortTerms.NONE && ShortTerms.compare(key, texts[others[o]]) < 0) {
                    order[i] = findKey(key);
                    k++;
                } else {
                    order[i] = others[o++];
                }
            }
            sorted = order;
        }
        return sorted;
    }

    private int insert(int slot, long key, String text) {
        if (size == keys.length) {
            grow();
            return key == ShortTerms.NONE ? add(text) : addKey(key);
        }
        keys[size] = key;
        texts[size] = text;
        table[2 * slot] = key;
        table[2 * slot + 1] = ++size;
        sorted = null;
        return size - 1;
    }

    private void grow() {
        keys = Arrays.copyOf(keys, keys.length * 2);
        texts = Arrays.copyOf(texts, texts.length * 2);
        table = new long[table.length * 2];
        shift--;
        for (int id = 0; id < size; id++) {
            int slot = slot(keys[id] == ShortTerms.NONE ? texts[id].hashCode() : hash(keys[id]));
            while (table[2 * slot + 1] != 0) {
                slot = next(slot);
            }
            table[2 * slot] = keys[id];
            table[2 * slot + 1] = id + 1;
        }
    }

    private static int hash(long key) {
        return (int) (key ^ (key >>> 32));
    }

    /** CJK terms' hashes are close together: Fibonacci hashing spreads them over the table. */
    private int slot(int hash) {
        return (hash * 0x9E3779B9) >>> shift;
    }

    private int next(int slot) {
        return (slot + 1) & (table.length / 2 - 1);
    }
}
