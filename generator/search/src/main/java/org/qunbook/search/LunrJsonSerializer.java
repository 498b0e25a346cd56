package org.qunbook.search;

import java.util.List;

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
        BuiltIndex.Vector vector = new BuiltIndex.Vector();
        for (int d = 0; d < refs.escaped.length; d++) {
            for (int f = 0; f < fields.length; f++) {
                if (d + f > 0) {
                    out.ascii(',');
                }
                index.score(d, f, vector);
                vector(out, fields[f], refs.escaped[d], vector);
            }
        }
        out.ascii("],\"invertedIndex\":[");
        boolean first = true;
        for (int id : index.termsInIndexOrder()) {
            if (!first) {
                out.ascii(',');
            }
            first = false;
            posting(out, index, id, fields, refs);
        }
        out.ascii("],\"pipeline\":");
        strings(out, index.searchPipeline());
        return out.ascii('}');
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
    private static void vector(JsonBytes out, byte[] field, byte[] ref, BuiltIndex.Vector vector) {
        out.ascii("[\"").bytes(field).ascii('/').bytes(ref).ascii("\",[");
        for (int i = 0; i < vector.size(); i++) {
            if (i > 0) {
                out.ascii(',');
            }
            out.number(vector.termIndex(i)).ascii(',').thousandths(vector.thousandths(i));
        }
        out.ascii("]]");
    }

    /** {@code ["term",{"_index":n,"field":{"ref":{},…},…}]}, with {@code "position":[[start,length],…]} when stored. */
    private static void posting(JsonBytes out, BuiltIndex index, int id, byte[][] fields, Refs refs) {
        BuiltIndex.Postings postings = index.postings();
        int[] documents = postings.documents();
        out.ascii('[').string(index.term(id)).ascii(",{\"_index\":").number(index.termIndex(id));
        for (int f = 0; f < fields.length; f++) {
            out.ascii(",\"").bytes(fields[f]).ascii("\":{");
            int from = postings.from(id, f);
            int to = postings.to(id, f);
            for (int at = from; at < to; at++) {
                int d = documents[at];
                if (!index.storePositions()) {
                    out.bytes(at == from ? refs.emptyEntry[d] : refs.nextEmptyEntry[d]);
                    continue;
                }
                if (at > from) {
                    out.ascii(',');
                }
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
