package org.qunbook.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

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

    /** Returns {@code keysInInsertionOrder} in the order a JS object would enumerate them. */
    static List<String> order(List<String> keysInInsertionOrder) {
        List<String> indexKeys = new ArrayList<>();
        List<String> otherKeys = new ArrayList<>();
        for (String key : keysInInsertionOrder) {
            (isArrayIndex(key) ? indexKeys : otherKeys).add(key);
        }
        if (indexKeys.isEmpty()) {
            return keysInInsertionOrder;
        }
        indexKeys.sort(Comparator.comparingLong(Long::parseLong));
        indexKeys.addAll(otherKeys);
        return indexKeys;
    }
}
