package org.qunbook.cli;

import picocli.CommandLine;

/** Reads the version from the jar's manifest (set by Maven), "dev" when run from classes. */
final class Version implements CommandLine.IVersionProvider {

    static String current() {
        String version = Version.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"qunbook " + current(), "Java " + System.getProperty("java.version")};
    }
}
