package org.qunbook.search;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Writes a lunr 2.3.9 index as term shards: each shard is a complete index that stock
 * {@code lunr.Index.load} loads, holding a contiguous range of the terms (in lunr's UTF-16 order)
 * with their postings, and the field vectors restricted to those terms. Term numbers ({@code _index})
 * and scores (idf and field lengths included) are those of the whole index, so a query's score is
 * the same whether the client reads the whole index or merges the shards its terms fall in
 * ({@code qunbook-search.js}: lunr scores a field as query·document / |query|, and the dot product
 * splits over the terms).
 *
 * <p>Shards are cut where the terms' leading character changes when that leaves the shard at least
 * half full, so a prefix query ({@code 群*}, {@code arp*}) usually reads one shard; a leading
 * character with more postings than fit in one shard is split further inside. A term whose postings
 * alone pass the limit gets shards of its own, each holding its postings and field-vector entries for
 * a range of documents (a valid lunr index too); they share one key, the client loads them all for
 * the term and adds them up.
 */
public final class LunrShardWriter {
    /**
     * A term in so many documents that its postings alone pass the shard limit (a bigram on nearly
     * every page of a big site) is cut by document range into parts of about this many shard limits:
     * its shards stay bounded, and a query loads them side by side.
     */
    static final int HOT_PARTS = 8;

    private final LunrIndexSettings settings;
    private final int maxShardBytes;
    private final int hotPartBytes;

    /**
     * One shard.
     *
     * @param key   the shard holds the terms from {@code key} (inclusive) up to the next shard's key
     *              (exclusive), in UTF-16 order; the first shard's key is empty. The shortest prefix of
     *              the shard's first term that sorts after the previous shard's last term. The parts of a
     *              term split by document range have the same key (keys only repeat there).
     * @param terms how many terms it holds
     * @param json  the lunr index, UTF-8 JSON
     */
    public record Shard(String key, int terms, byte[] json) {
        public Shard {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(json, "json");
        }
    }

    /**
     * @param maxShardBytes a shard's size (raw JSON) above which it is split, estimated from its postings
     */
    public LunrShardWriter(LunrIndexSettings settings, int maxShardBytes) {
        this(settings, maxShardBytes, HOT_PARTS * maxShardBytes);
    }

    /**
     * @param hotPartBytes the size of each part of a term whose postings alone pass {@code maxShardBytes}
     */
    public LunrShardWriter(LunrIndexSettings settings, int maxShardBytes, int hotPartBytes) {
        if (maxShardBytes < 1024 || hotPartBytes < 1024) {
            throw new IllegalArgumentException("a shard limit under 1 KiB makes a file per term: " + maxShardBytes
                    + ", " + hotPartBytes);
        }
        this.settings = Objects.requireNonNull(settings, "settings");
        this.maxShardBytes = maxShardBytes;
        this.hotPartBytes = hotPartBytes;
    }

    /** The shards of {@code corpus}, in term order (an empty corpus gives one empty shard). */
    public List<Shard> write(IndexCorpus corpus) {
        BuiltIndex index = Bm25IndexBuilder.build(settings, corpus, true);
        int[] terms = index.termsInIndexOrder();
        List<LunrJsonSerializer.Range> ranges = cut(index, terms);
        List<JsonBytes> json = LunrJsonSerializer.writeShards(index, terms, ranges);
        List<Shard> shards = new ArrayList<>(json.size());
        String key = "";
        for (int s = 0; s < json.size(); s++) {
            LunrJsonSerializer.Range range = ranges.get(s);
            boolean part = s > 0 && range.termFrom() == ranges.get(s - 1).termFrom();
            if (s > 0 && !part) {
                key = key(index.term(terms[range.termFrom() - 1]), index.term(terms[range.termFrom()]));
            }
            shards.add(new Shard(key, range.termTo() - range.termFrom(), json.get(s).toByteArray()));
        }
        return shards;
    }

    /**
     * The shards as ranges of {@code terms}: cut where they would pass the limit, preferably where the
     * leading character changes; a term whose postings alone pass it gets shards of its own, split
     * by document range into parts of about {@code hotPartBytes} (the client loads
     * them in parallel and adds them up).
     */
    private List<LunrJsonSerializer.Range> cut(BuiltIndex index, int[] terms) {
        List<LunrJsonSerializer.Range> ranges = new ArrayList<>();
        int refBytes = averageRefBytes(index);
        int fields = index.fields().size();
        long size = 0;
        int start = 0;
        int boundary = -1; // the last term of this shard whose leading character differs from the one before
        long sizeBeforeBoundary = 0;
        for (int i = 0; i < terms.length; i++) {
            String term = index.term(terms[i]);
            int postings = index.postings().from(terms[i], fields) - index.postings().from(terms[i], 0);
            long estimate = 24 + term.length() * 3L + (long) postings * postingBytes(refBytes);
            if (estimate > maxShardBytes) {
                if (i > start) {
                    ranges.add(new LunrJsonSerializer.Range(start, i, 0, Integer.MAX_VALUE));
                }
                ranges.addAll(parts(index, terms[i], i, refBytes));
                start = i + 1;
                size = 0;
                boundary = -1;
                continue;
            }
            if (i > start && term.codePointAt(0) != index.term(terms[i - 1]).codePointAt(0)) {
                boundary = i;
                sizeBeforeBoundary = size;
            }
            if (i > start && size + estimate > maxShardBytes) {
                int at = boundary > start && sizeBeforeBoundary >= maxShardBytes / 2 ? boundary : i;
                ranges.add(new LunrJsonSerializer.Range(start, at, 0, Integer.MAX_VALUE));
                size = at == i ? 0 : size - sizeBeforeBoundary;
                start = at;
                boundary = -1;
            }
            size += estimate;
        }
        if (start < terms.length || ranges.isEmpty()) {
            ranges.add(new LunrJsonSerializer.Range(start, terms.length, 0, Integer.MAX_VALUE));
        }
        return ranges;
    }

    /** One term's shards: its documents cut into ranges of about {@code hotPartBytes} of postings each. */
    private List<LunrJsonSerializer.Range> parts(BuiltIndex index, int id, int at, int refBytes) {
        BuiltIndex.Postings postings = index.postings();
        int fields = index.fields().size();
        int[] docs = new int[postings.from(id, fields) - postings.from(id, 0)];
        System.arraycopy(postings.documents(), postings.from(id, 0), docs, 0, docs.length);
        java.util.Arrays.sort(docs);
        long perPart = Math.max(1, hotPartBytes / postingBytes(refBytes));
        List<LunrJsonSerializer.Range> out = new ArrayList<>();
        int from = 0;
        int count = 0;
        for (int k = 0; k < docs.length; k++) {
            if (count >= perPart && docs[k] != docs[k - 1]) {
                out.add(new LunrJsonSerializer.Range(at, at + 1, from, docs[k]));
                from = docs[k];
                count = 0;
            }
            count++;
        }
        out.add(new LunrJsonSerializer.Range(at, at + 1, from, Integer.MAX_VALUE));
        return out;
    }

    /** A posting's bytes, both halves: {@code "ref":{}} in the postings, {@code ["field/ref",[n,0.123]]} in the vectors. */
    private static int postingBytes(int refBytes) {
        return 2 * refBytes + 16;
    }

    private static int averageRefBytes(BuiltIndex index) {
        long total = 0;
        for (IndexCorpus.Document doc : index.documents()) {
            total += doc.ref.getBytes(StandardCharsets.UTF_8).length;
        }
        return index.documents().isEmpty() ? 1 : (int) Math.max(1, total / index.documents().size());
    }

    /** The shortest prefix of {@code first} (whole code points) that sorts after {@code previous}. */
    static String key(String previous, String first) {
        int end = 0;
        while (end < first.length()) {
            end += Character.charCount(first.codePointAt(end));
            String prefix = first.substring(0, end);
            if (prefix.compareTo(previous) > 0) {
                return prefix;
            }
        }
        return first;
    }
}
