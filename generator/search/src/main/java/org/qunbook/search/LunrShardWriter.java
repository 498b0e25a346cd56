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
 * alone pass the limit gets a shard of its own.
 */
public final class LunrShardWriter {
    private final LunrIndexSettings settings;
    private final int maxShardBytes;

    /**
     * One shard.
     *
     * @param key   the shard holds the terms from {@code key} (inclusive) up to the next shard's key
     *              (exclusive), in UTF-16 order; the first shard's key is empty. The shortest prefix of
     *              the shard's first term that sorts after the previous shard's last term.
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
        if (maxShardBytes < 1024) {
            throw new IllegalArgumentException("a shard limit under 1 KiB makes a file per term: " + maxShardBytes);
        }
        this.settings = Objects.requireNonNull(settings, "settings");
        this.maxShardBytes = maxShardBytes;
    }

    /** The shards of {@code corpus}, in term order (an empty corpus gives one empty shard). */
    public List<Shard> write(IndexCorpus corpus) {
        BuiltIndex index = Bm25IndexBuilder.build(settings, corpus, true);
        int[] terms = index.termsInIndexOrder();
        int[] starts = cut(index, terms);
        List<JsonBytes> json = LunrJsonSerializer.writeShards(index, terms, starts);
        List<Shard> shards = new ArrayList<>(json.size());
        for (int s = 0; s < json.size(); s++) {
            String key = s == 0 ? "" : key(index.term(terms[starts[s] - 1]), index.term(terms[starts[s]]));
            shards.add(new Shard(key, starts[s + 1] - starts[s], json.get(s).toByteArray()));
        }
        return shards;
    }

    /** Where each shard starts in {@code terms}, plus {@code terms.length} at the end. */
    private int[] cut(BuiltIndex index, int[] terms) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        int refBytes = averageRefBytes(index);
        int fields = index.fields().size();
        long size = 0;
        int start = 0;
        int boundary = -1; // the last term of this shard whose leading character differs from the one before
        long sizeBeforeBoundary = 0;
        for (int i = 0; i < terms.length; i++) {
            String term = index.term(terms[i]);
            long estimate = 24 + term.length() * 3L;
            int postings = index.postings().from(terms[i], fields) - index.postings().from(terms[i], 0);
            estimate += (long) postings * (2L * refBytes + 16); // "ref":{}, and "field/ref" share, n,0.123 in vectors
            if (i > start && term.codePointAt(0) != index.term(terms[i - 1]).codePointAt(0)) {
                boundary = i;
                sizeBeforeBoundary = size;
            }
            if (i > start && size + estimate > maxShardBytes) {
                int at = boundary > start && sizeBeforeBoundary >= maxShardBytes / 2 ? boundary : i;
                starts.add(at);
                size = at == i ? 0 : size - sizeBeforeBoundary;
                start = at;
                boundary = -1;
            }
            size += estimate;
        }
        starts.add(terms.length);
        return starts.stream().mapToInt(Integer::intValue).toArray();
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
