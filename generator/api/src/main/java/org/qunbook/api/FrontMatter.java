package org.qunbook.api;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A page's front matter as plain Java values (String, Long, Double, Boolean, LocalDate,
 * List, Map), with the source line of each top-level key so problems can point at it. Also the
 * shape of a plugin's YAML data file ({@link SiteContext#dataFile}).
 */
public interface FrontMatter {

    Set<String> keys();

    Optional<Object> find(String key);

    /** The value as a string when it is a scalar; empty when absent. */
    Optional<String> findString(String key);

    /** The value as a list of strings; empty list when absent. */
    List<String> strings(String key);

    /** The value as a list of maps (e.g. a list of variable declarations); empty when absent. */
    List<Map<String, Object>> objects(String key);

    /** Where {@code key} is written, or the position of the front matter's first line when absent. */
    SourcePosition positionOf(String key);
}
