package org.presswatch.searchnode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collections;
import java.util.Comparator;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.http.HttpServerTransport;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.Node;

/**
 * Starts a single-node OpenSearch on 127.0.0.1 and keeps it running until SIGTERM/SIGINT.
 *
 * <p>Arguments: {@code --port N} (HTTP port, 0 = any free port; default 0), {@code --home DIR}
 * (node home; kept on exit so a restarted node finds its data; default: a temp dir removed on
 * exit), {@code --port-file FILE} (the bound HTTP port is written there once the node is up),
 * {@code --exit-with-parent} (stop when the process that started it dies, e.g. a killed test
 * runner, so no orphaned node keeps running).
 * Heap comes from the java command line (-Xms/-Xmx).
 */
public final class Launcher {
  private Launcher() {}

  public static void main(String[] args) throws Exception {
    LauncherOptions options = LauncherOptions.parse(args);
    Path home = options.home() != null ? options.home() : Files.createTempDirectory("search-node-");
    boolean removeHome = options.home() == null;
    for (String dir : new String[] {"config", "data", "logs", "modules", "plugins"}) {
      Files.createDirectories(home.resolve(dir));
    }
    Node node = new EmbeddedNode(environment(home, options.port()));
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(new Thread(() -> shutDown(node, home, removeHome, stopped), "node-stop"));
    if (options.exitWithParent()) {
      ProcessHandle.current().parent().ifPresent(p -> p.onExit().thenRun(() -> System.exit(0)));
    }
    node.start();
    // With no indices yet this is immediate; it guards against answering before a master exists.
    node.client().admin().cluster().prepareHealth().setWaitForYellowStatus().get();
    int port = boundHttpPort(node);
    if (options.portFile() != null) writeAtomically(options.portFile(), port + "\n");
    System.out.println("OPENSEARCH_READY http://127.0.0.1:" + port);
    System.out.flush();
    stopped.await();
  }

  private static Environment environment(Path home, int port) {
    Settings settings =
        Settings.builder()
            .put("cluster.name", "presswatch-test")
            .put("node.name", "search-node")
            .put("path.home", home.toString())
            .put("path.data", home.resolve("data").toString())
            .put("path.logs", home.resolve("logs").toString())
            .put("discovery.type", "single-node")
            .put("network.host", "127.0.0.1")
            .put("http.port", port)
            .put("transport.port", 0)
            .put("http.type", "netty4")
            .put("transport.type", "netty4")
            // Test machines have small, nearly full disks: never go read-only or leave shards unassigned.
            .put("cluster.routing.allocation.disk.threshold_enabled", false)
            // A small heap trips the real-memory breaker with spurious 429s.
            .put("indices.breaker.total.use_real_memory", false)
            // One node: replicas could never be assigned, so indices default to none (health green).
            .put("cluster.default_number_of_replicas", 0)
            .put("node.processors", Math.min(2, Runtime.getRuntime().availableProcessors()))
            .build();
    return InternalSettingsPreparer.prepareEnvironment(
        settings, Collections.emptyMap(), home.resolve("config"), () -> "search-node");
  }

  private static int boundHttpPort(Node node) {
    HttpServerTransport http = node.injector().getInstance(HttpServerTransport.class);
    return http.boundAddress().publishAddress().getPort();
  }

  private static void writeAtomically(Path file, String text) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    Path tmp = Files.createTempFile(parent, ".port-", ".tmp");
    Files.writeString(tmp, text, StandardCharsets.UTF_8);
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  private static void shutDown(Node node, Path home, boolean removeHome, CountDownLatch stopped) {
    try {
      node.close();
      node.awaitClose(10, TimeUnit.SECONDS);
      if (removeHome) deleteTree(home);
    } catch (Exception e) {
      System.err.println("search-node: error while stopping: " + e);
    } finally {
      stopped.countDown();
    }
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
    }
  }
}
