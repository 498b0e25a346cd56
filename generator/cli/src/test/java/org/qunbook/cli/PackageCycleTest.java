package org.qunbook.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No cycle between {@code org.qunbook.*} packages, in the compiled classes of every module (the JDK's
 * {@code jdeps}, run in process): a cycle means two stages that can no longer be read, tested or
 * changed one at a time. The failure names the packages of each cycle and the class references that
 * make it.
 */
class PackageCycleTest {

    /** {@code   org.qunbook.build.Build   -> org.qunbook.serve.LiveReload   classes}. */
    private static final Pattern EDGE = Pattern.compile("^\\s+(org\\.qunbook\\.\\S+)\\s+->\\s+(org\\.qunbook\\.\\S+)\\s");

    @Test
    void noCycleBetweenQunbookPackages() throws IOException {
        Path root = Repository.root();
        List<Path> classes = new ArrayList<>();
        for (String parent : List.of("generator", "plugins", "themes")) {
            try (Stream<Path> modules = Files.list(root.resolve(parent))) {
                modules.map(m -> m.resolve("target/classes")).filter(Files::isDirectory).sorted().forEach(classes::add);
            }
        }
        // Built before this module in the reactor: without them the test would check nothing.
        assertThat(classes).as("compiled modules").contains(root.resolve("generator/api/target/classes"),
                root.resolve("generator/core/target/classes"), root.resolve("generator/cli/target/classes"));
        assertThat(cycles(classes)).as("package cycles (package -> package: the class references)").isEmpty();
    }

    @Test
    void aCycleIsFoundAndNamed(@TempDir Path dir) throws IOException {
        write(dir.resolve("src/org/qunbook/a/First.java"),
                "package org.qunbook.a; public class First { public static String name() { return org.qunbook.b.Second.NAME; } }");
        write(dir.resolve("src/org/qunbook/b/Second.java"),
                "package org.qunbook.b; public class Second { public static final String NAME = \"x\"; "
                        + "public Object first() { return new org.qunbook.a.First(); } }");
        write(dir.resolve("src/org/qunbook/c/Third.java"),
                "package org.qunbook.c; public class Third { Object a = new org.qunbook.a.First(); }");
        Path out = dir.resolve("classes");
        int compiled = javax.tools.ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", out.toString(),
                dir.resolve("src/org/qunbook/a/First.java").toString(), dir.resolve("src/org/qunbook/b/Second.java").toString(),
                dir.resolve("src/org/qunbook/c/Third.java").toString());
        assertThat(compiled).isZero();
        // A constant is inlined by javac, yet the class reference stays, and so does the cycle.
        assertThat(cycles(List.of(out))).containsExactly(
                "org.qunbook.a -> org.qunbook.b: org.qunbook.a.First -> org.qunbook.b.Second; "
                        + "org.qunbook.b -> org.qunbook.a: org.qunbook.b.Second -> org.qunbook.a.First");
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** Each cycle (strongly connected set of packages) as its edges and the class references behind them. */
    static List<String> cycles(List<Path> classes) {
        ToolProvider jdeps = ToolProvider.findFirst("jdeps")
                .orElseThrow(() -> new AssertionError("jdeps not found: run the tests on a JDK (17+), not a JRE"));
        List<String> args = new ArrayList<>(List.of("-verbose:class", "-filter:none", "-e", "org\\.qunbook\\..*"));
        classes.forEach(c -> args.add(c.toString()));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = jdeps.run(new PrintWriter(out), new PrintWriter(err), args.toArray(String[]::new));
        if (status != 0) {
            fail("jdeps " + String.join(" ", args) + " exited with " + status + ":\n" + err + out);
        }
        // package -> package -> the class references (sorted, so the message is stable)
        Map<String, Map<String, Set<String>>> graph = new TreeMap<>();
        for (String line : out.toString().split("\n")) {
            Matcher m = EDGE.matcher(line);
            if (m.find() && !pkg(m.group(1)).equals(pkg(m.group(2)))) {
                graph.computeIfAbsent(pkg(m.group(1)), p -> new TreeMap<>())
                        .computeIfAbsent(pkg(m.group(2)), p -> new TreeSet<>()).add(m.group(1) + " -> " + m.group(2));
                graph.computeIfAbsent(pkg(m.group(2)), p -> new TreeMap<>());
            }
        }
        List<String> cycles = new ArrayList<>();
        for (Set<String> component : new StronglyConnected(graph).components()) {
            if (component.size() < 2) {
                continue;
            }
            List<String> edges = new ArrayList<>();
            for (String from : component) {
                graph.get(from).forEach((to, references) -> {
                    if (component.contains(to)) {
                        edges.add(from + " -> " + to + ": " + String.join(", ", references));
                    }
                });
            }
            cycles.add(String.join("; ", edges));
        }
        return cycles;
    }

    private static String pkg(String className) {
        return className.substring(0, className.lastIndexOf('.'));
    }

    /** Tarjan's strongly connected components of a small graph. */
    private static final class StronglyConnected {
        private final Map<String, Map<String, Set<String>>> graph;
        private final Map<String, Integer> index = new HashMap<>();
        private final Map<String, Integer> low = new HashMap<>();
        private final Deque<String> stack = new ArrayDeque<>();
        private final Set<String> onStack = new TreeSet<>();
        private final List<Set<String>> components = new ArrayList<>();

        StronglyConnected(Map<String, Map<String, Set<String>>> graph) {
            this.graph = graph;
        }

        List<Set<String>> components() {
            graph.keySet().forEach(node -> {
                if (!index.containsKey(node)) {
                    visit(node);
                }
            });
            return components;
        }

        private void visit(String node) {
            index.put(node, index.size());
            low.put(node, index.get(node));
            stack.push(node);
            onStack.add(node);
            for (String next : graph.get(node).keySet()) {
                if (!index.containsKey(next)) {
                    visit(next);
                    low.put(node, Math.min(low.get(node), low.get(next)));
                } else if (onStack.contains(next)) {
                    low.put(node, Math.min(low.get(node), index.get(next)));
                }
            }
            if (low.get(node).equals(index.get(node))) {
                Set<String> component = new TreeSet<>();
                String member;
                do {
                    member = stack.pop();
                    onStack.remove(member);
                    component.add(member);
                } while (!member.equals(node));
                components.add(component);
            }
        }
    }
}
