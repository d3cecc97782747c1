package org.presswatch.searchnode;

import java.nio.file.Path;

/** Command-line options of {@link Launcher}. */
record LauncherOptions(int port, Path home, Path portFile, boolean exitWithParent) {
  static LauncherOptions parse(String[] args) {
    int port = 0;
    Path home = null;
    Path portFile = null;
    boolean exitWithParent = false;
    for (int i = 0; i < args.length; i++) {
      String name = args[i];
      if (name.equals("--exit-with-parent")) {
        exitWithParent = true;
        continue;
      }
      if (i + 1 >= args.length) throw usage("missing value for " + name);
      String value = args[++i];
      switch (name) {
        case "--port" -> port = Integer.parseInt(value);
        case "--home" -> home = Path.of(value).toAbsolutePath();
        case "--port-file" -> portFile = Path.of(value).toAbsolutePath();
        default -> throw usage("unknown option " + name);
      }
    }
    return new LauncherOptions(port, home, portFile, exitWithParent);
  }

  private static IllegalArgumentException usage(String problem) {
    return new IllegalArgumentException(
        problem
            + "; usage: Launcher [--port N] [--home DIR] [--port-file FILE] [--exit-with-parent]");
  }
}
