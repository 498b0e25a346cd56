package org.qunbook.search;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What the index is built from besides the documents: the fields in order, whether token positions
 * are stored (lunr's {@code metadataWhitelist = ["position"]}, needed for highlighting) and the
 * labels of the search pipeline written into the index.
 *
 * <p>qunbook's browser client builds its queries itself with {@code usePipeline: false}, so the
 * pipeline stays empty; a label is only accepted if stock lunr 2.3.9 registers it, because
 * {@code lunr.Index.load} throws on any other.
 *
 * <p>{@code wholeThousandths}: field-vector values written as whole thousandths ({@code 12} for
 * lunr's {@code 0.012}): every score a thousand times lunr's, the ranking the same, and each value
 * up to four bytes shorter. Still lunr's precision (lunr rounds to thousandths) and a valid index.
 */
public record LunrIndexSettings(List<SearchField> fields, boolean storePositions, List<String> searchPipeline,
                                boolean wholeThousandths) {

    private static final Set<String> STOCK_PIPELINE_LABELS = Set.of("stemmer", "stopWordFilter", "trimmer");

    /** Scores as lunr writes them (decimal thousandths). */
    public LunrIndexSettings(List<SearchField> fields, boolean storePositions, List<String> searchPipeline) {
        this(fields, storePositions, searchPipeline, false);
    }

    public LunrIndexSettings {
        fields = List.copyOf(fields);
        searchPipeline = List.copyOf(searchPipeline);
        if (fields.isEmpty()) {
            throw new IllegalArgumentException("an index needs at least one field");
        }
        Set<String> names = new HashSet<>();
        for (SearchField field : fields) {
            if (!names.add(field.name())) {
                throw new IllegalArgumentException("duplicate field: " + field.name());
            }
        }
        for (String label : searchPipeline) {
            if (!STOCK_PIPELINE_LABELS.contains(Objects.requireNonNull(label, "pipeline label"))) {
                throw new IllegalArgumentException("lunr.Index.load cannot load pipeline function: " + label);
            }
        }
    }

    /** The given fields, no positions, empty search pipeline. */
    public static LunrIndexSettings of(List<SearchField> fields) {
        return new LunrIndexSettings(fields, false, List.of());
    }

    public LunrIndexSettings withPositions(boolean store) {
        return new LunrIndexSettings(fields, store, searchPipeline, wholeThousandths);
    }

    public LunrIndexSettings withSearchPipeline(List<String> labels) {
        return new LunrIndexSettings(fields, storePositions, labels, wholeThousandths);
    }

    public LunrIndexSettings withWholeThousandths(boolean whole) {
        return new LunrIndexSettings(fields, storePositions, searchPipeline, whole);
    }
}
