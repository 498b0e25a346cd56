package org.qunbook.search;

import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The order in which JSON.stringify lists an object's keys: array-index keys (canonical decimal
 * integers 0 to 2^32-2) first in ascending numeric order, then every other key in insertion order.
 */
final class JsPropertyOrder {
    private static final long MAX_ARRAY_INDEX = 4_294_967_294L;

    private JsPropertyOrder() {
    }

    static boolean isArrayIndex(String key) {
        int n = key.length();
        if (n == 0 || n > 10 || (n > 1 && key.charAt(0) == '0')) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = key.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return Long.parseLong(key) <= MAX_ARRAY_INDEX;
    }

    /**
     * The positions of {@code keysInInsertionOrder} in the order a JS object holding them all would
     * enumerate them. An object holding only some of them enumerates those in the same relative order.
     */
    static int[] order(List<String> keysInInsertionOrder) {
        int[] indexKeys = IntStream.range(0, keysInInsertionOrder.size())
                .filter(i -> isArrayIndex(keysInInsertionOrder.get(i))).toArray();
        if (indexKeys.length == 0) {
            return IntStream.range(0, keysInInsertionOrder.size()).toArray();
        }
        return IntStream.concat(
                IntStream.of(indexKeys).boxed()
                        .sorted(Comparator.comparingLong(i -> Long.parseLong(keysInInsertionOrder.get(i))))
                        .mapToInt(Integer::intValue),
                IntStream.range(0, keysInInsertionOrder.size()).filter(i -> !isArrayIndex(keysInInsertionOrder.get(i))))
                .toArray();
    }
}
