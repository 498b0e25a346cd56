package org.qunbook.api;

/**
 * The version of this plugin API, {@code major.minor}. A plugin built against API {@code 2.x}
 * runs on any qunbook whose API is {@code 2.y} with {@code y >= x}: minor versions only add
 * (default methods, new context methods); a new major version may remove or change.
 *
 * <p>A plugin declares the version it was built against in one of two ways, checked when it is
 * loaded (a mismatch is an error naming both versions, before any hook runs):
 * <ul>
 *   <li>{@link SitePlugin#apiVersion()} overridden as {@code return ApiVersion.CURRENT;} — the
 *       constant is copied into the plugin's class by the compiler, so it keeps saying which API
 *       the plugin was compiled against, whatever qunbook later runs it;</li>
 *   <li>the jar manifest attribute {@value #MANIFEST_ATTRIBUTE} (the archetype's pom writes it).</li>
 * </ul>
 * A plugin that declares neither is loaded unchecked.
 *
 * <p>History (details in the module's README): 1.0 first release; 2.0 adds {@link PageInfo} (a
 * page's facts) and {@link ContentContext}, types each hook's pages by what they carry, adds plugin UI
 * strings, and makes {@link HanziOrder} an interface (the one change a 1.x plugin jar cannot run
 * with, hence the major version).
 */
public final class ApiVersion {

    /** This API's version. Compile-time constant on purpose (see the class comment). */
    public static final String CURRENT = "2.0";

    /** The jar manifest attribute a plugin may declare its API version in. */
    public static final String MANIFEST_ATTRIBUTE = "Qunbook-Api-Version";

    private ApiVersion() {
    }

    /**
     * Whether a plugin built against {@code declared} runs on this API: same major version,
     * minor version at most this one's.
     *
     * @throws IllegalArgumentException if {@code declared} is not {@code major.minor}
     */
    public static boolean supports(String declared) {
        int[] wanted = parse(declared);
        int[] current = parse(CURRENT);
        return wanted[0] == current[0] && wanted[1] <= current[1];
    }

    private static int[] parse(String version) {
        String[] parts = version.strip().split("\\.");
        try {
            if (parts.length < 2) {
                throw new NumberFormatException();
            }
            return new int[] {Integer.parseInt(parts[0]), Integer.parseInt(parts[1])};
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + version + "' is not an API version like " + CURRENT);
        }
    }
}
