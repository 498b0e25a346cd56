package org.qunbook.search;

import java.util.List;
import java.util.stream.IntStream;

/**
 * Writes a {@link BuiltIndex} as the exact text {@code JSON.stringify(index)} produces in lunr 2.3.9,
 * straight to UTF-8 ({@link JsonBytes}). Refs and field names are escaped once, not per posting.
 */
final class LunrJsonSerializer {
    static final String LUNR_VERSION = "2.3.9";

    private LunrJsonSerializer() {
    }

    static JsonBytes write(BuiltIndex index) {
        Refs refs = new Refs(index.documents());
        byte[][] fields = index.fields().stream().map(JsonBytes::escaped).toArray(byte[][]::new);

        JsonBytes out = new JsonBytes(1 << 16);
        out.ascii("{\"version\":").string(LUNR_VERSION).ascii(",\"fields\":");
        strings(out, index.fields());
        out.ascii(",\"fieldVectors\":[");
        inSlices(out, refs.escaped.length, (slice, from, to) -> {
            BuiltIndex.Vector vector = new BuiltIndex.Vector();
            for (int d = from; d < to; d++) {
                for (int f = 0; f < fields.length; f++) {
                    if (d + f > 0) {
                        slice.ascii(',');
                    }
                    index.score(d, f, vector);
                    vector(slice, index, fields[f], refs.escaped[d], vector);
                }
            }
        });
        out.ascii("],\"invertedIndex\":[");
        int[] terms = index.termsInIndexOrder();
        inSlices(out, terms.length, (slice, from, to) -> {
            for (int i = from; i < to; i++) {
                if (i > 0) {
                    slice.ascii(',');
                }
                posting(slice, index, terms[i], fields, refs, ALL);
            }
        });
        out.ascii("],\"pipeline\":");
        strings(out, index.searchPipeline());
        return out.ascii('}');
    }

    /**
     * One lunr index per shard: shard {@code s} holds the postings of the terms
     * {@code termIds[shardStarts[s]]} up to {@code termIds[shardStarts[s + 1]]} (in index order) and
     * the field vectors restricted to those terms, with the whole index's term numbers and scores.
     * Needs postings with slots. Shards are written on every core.
     */
    static List<JsonBytes> writeShards(BuiltIndex index, int[] termIds, List<Range> ranges) {
        Refs refs = new Refs(index.documents());
        byte[][] fields = index.fields().stream().map(JsonBytes::escaped).toArray(byte[][]::new);
        return ranges.parallelStream().map(r -> shard(index, refs, fields, termIds, r)).toList();
    }

    /**
     * A shard: the terms {@code termIds[termFrom]} up to {@code termIds[termTo]}, with their postings
     * in the documents {@code docFrom} (inclusive) up to {@code docTo} (exclusive).
     */
    record Range(int termFrom, int termTo, int docFrom, int docTo) {
        boolean has(int document) {
            return document >= docFrom && document < docTo;
        }
    }

    private static final Range ALL = new Range(0, Integer.MAX_VALUE, 0, Integer.MAX_VALUE);

    private static JsonBytes shard(BuiltIndex index, Refs refs, byte[][] fields, int[] termIds, Range range) {
        int from = range.termFrom();
        int to = range.termTo();
        BuiltIndex.Postings postings = index.postings();
        int fieldCount = fields.length;
        // The shard's field-vector entries, numbered in ascending _index, then sorted by (document, field)
        // and that number: each vector comes out sorted by _index, as lunr.Vector keeps it.
        int[] ids = IntStream.range(from, to).map(i -> termIds[i]).boxed()
                .sorted(java.util.Comparator.comparingInt(index::termIndex)).mapToInt(Integer::intValue).toArray();
        int entries = 0;
        for (int id : ids) {
            for (int at = postings.from(id, 0); at < postings.from(id, fieldCount); at++) {
                entries += range.has(postings.documents()[at]) ? 1 : 0;
            }
        }
        int[] entryTermIndex = new int[entries];
        long[] entryThousandths = new long[entries];
        long[] order = new long[entries];
        int n = 0;
        for (int id : ids) {
            for (int f = 0; f < fieldCount; f++) {
                for (int at = postings.from(id, f); at < postings.to(id, f); at++) {
                    if (!range.has(postings.documents()[at])) {
                        continue;
                    }
                    entryTermIndex[n] = index.termIndex(id);
                    entryThousandths[n] = index.postingThousandths(id, f, at);
                    order[n] = ((long) postings.documents()[at] * fieldCount + f) << 32 | n;
                    n++;
                }
            }
        }
        java.util.Arrays.sort(order);
        JsonBytes out = new JsonBytes(Math.max(256, entries * 16));
        out.ascii("{\"version\":").string(LUNR_VERSION).ascii(",\"fields\":");
        strings(out, index.fields());
        out.ascii(",\"fieldVectors\":[");
        long open = -1;
        for (int i = 0; i < entries; i++) {
            long fieldRef = order[i] >>> 32;
            int entry = (int) order[i];
            if (fieldRef != open) {
                if (open >= 0) {
                    out.ascii("]],");
                }
                out.ascii("[\"").bytes(fields[(int) (fieldRef % fieldCount)]).ascii('/')
                        .bytes(refs.escaped[(int) (fieldRef / fieldCount)]).ascii("\",[");
                open = fieldRef;
            } else {
                out.ascii(',');
            }
            out.number(entryTermIndex[entry]).ascii(',');
            score(out, index, entryThousandths[entry]);
        }
        if (open >= 0) {
            out.ascii("]]");
        }
        out.ascii("],\"invertedIndex\":[");
        for (int i = from; i < to; i++) {
            if (i > from) {
                out.ascii(',');
            }
            posting(out, index, termIds[i], fields, refs, range);
        }
        out.ascii("],\"pipeline\":");
        strings(out, index.searchPipeline());
        return out.ascii('}');
    }

    /** Writes items {@code [from, to)} of a list into {@code slice}. */
    private interface SliceWriter {
        void write(JsonBytes slice, int from, int to);
    }

    /**
     * Writes {@code count} items in slices on every core and appends the slices to {@code out} in
     * order: the same bytes as one loop, in a fraction of the time (this is most of the index stage).
     */
    private static void inSlices(JsonBytes out, int count, SliceWriter writer) {
        int slices = Math.max(1, Math.min(count / 64, 4 * Runtime.getRuntime().availableProcessors()));
        List<JsonBytes> written = IntStream.range(0, slices).parallel().mapToObj(s -> {
            JsonBytes slice = new JsonBytes(1 << 16);
            writer.write(slice, (int) ((long) count * s / slices), (int) ((long) count * (s + 1) / slices));
            return slice;
        }).toList();
        written.forEach(out::append);
    }

    private static void strings(JsonBytes out, List<String> values) {
        out.ascii('[');
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.ascii(',');
            }
            out.string(values.get(i));
        }
        out.ascii(']');
    }

    /** {@code ["field/ref",[termIndex,score,…]]} */
    private static void vector(JsonBytes out, BuiltIndex index, byte[] field, byte[] ref, BuiltIndex.Vector vector) {
        out.ascii("[\"").bytes(field).ascii('/').bytes(ref).ascii("\",[");
        for (int i = 0; i < vector.size(); i++) {
            if (i > 0) {
                out.ascii(',');
            }
            out.number(vector.termIndex(i)).ascii(',');
            score(out, index, vector.thousandths(i));
        }
        out.ascii("]]");
    }

    /** A field-vector value: lunr's decimal ({@code 0.012}), or whole thousandths ({@code 12}). */
    private static void score(JsonBytes out, BuiltIndex index, long thousandths) {
        if (index.wholeThousandths()) {
            out.number(thousandths);
        } else {
            out.thousandths(thousandths);
        }
    }

    /** {@code ["term",{"_index":n,"field":{"ref":{},…},…}]}, with {@code "position":[[start,length],…]} when stored. */
    private static void posting(JsonBytes out, BuiltIndex index, int id, byte[][] fields, Refs refs, Range range) {
        BuiltIndex.Postings postings = index.postings();
        int[] documents = postings.documents();
        out.ascii('[').string(index.term(id)).ascii(",{\"_index\":").number(index.termIndex(id));
        for (int f = 0; f < fields.length; f++) {
            out.ascii(",\"").bytes(fields[f]).ascii("\":{");
            boolean first = true;
            for (int at = postings.from(id, f); at < postings.to(id, f); at++) {
                int d = documents[at];
                if (!range.has(d)) {
                    continue;
                }
                if (!index.storePositions()) {
                    out.bytes(first ? refs.emptyEntry[d] : refs.nextEmptyEntry[d]);
                    first = false;
                    continue;
                }
                if (!first) {
                    out.ascii(',');
                }
                first = false;
                out.ascii('"').bytes(refs.escaped[d]).ascii("\":{");
                positions(out, index.documents().get(d).field(f), postings.slots()[at]);
                out.ascii('}');
            }
            out.ascii('}');
        }
        out.ascii("}]");
    }

    /**
     * Each document's ref escaped once, and the whole posting entry {@code "ref":{}} (and
     * {@code ,"ref":{}}) of an index without positions: a million postings are then a copy each.
     */
    private static final class Refs {
        final byte[][] escaped;
        final byte[][] emptyEntry;
        final byte[][] nextEmptyEntry;

        Refs(List<IndexCorpus.Document> documents) {
            escaped = new byte[documents.size()][];
            emptyEntry = new byte[documents.size()][];
            nextEmptyEntry = new byte[documents.size()][];
            for (int d = 0; d < escaped.length; d++) {
                escaped[d] = JsonBytes.escaped(documents.get(d).ref);
                emptyEntry[d] = new JsonBytes(escaped[d].length + 6).ascii('"').bytes(escaped[d]).ascii("\":{}")
                        .toByteArray();
                nextEmptyEntry[d] = new JsonBytes(escaped[d].length + 7).ascii(',').bytes(emptyEntry[d]).toByteArray();
            }
        }
    }

    private static void positions(JsonBytes out, FieldTerms terms, int k) {
        out.ascii("\"position\":[");
        int[] positions = terms.positions();
        for (int at = terms.positionsFrom(k); at < terms.positionsTo(k); at += 2) {
            if (at > terms.positionsFrom(k)) {
                out.ascii(',');
            }
            out.ascii('[').number(positions[at]).ascii(',').number(positions[at + 1]).ascii(']');
        }
        out.ascii(']');
    }

    /** The text {@link JsonBytes#thousandths} writes for a score, e.g. {@code 11.36} for 11360. */
    static String scoreText(long milliScore) {
        return new String(new JsonBytes(32).thousandths(milliScore).toByteArray(),
                java.nio.charset.StandardCharsets.US_ASCII);
    }
}
