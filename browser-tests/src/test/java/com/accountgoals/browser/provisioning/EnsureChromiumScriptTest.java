package com.accountgoals.browser.provisioning;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code tools/ensure-chromium.sh}, run with a PATH of fakes ({@code id}, {@code sudo}, {@code
 * apt-get} that log their calls), so that every path through it is tried without touching the
 * machine's packages.
 */
@DisplayName("tools/ensure-chromium.sh")
class EnsureChromiumScriptTest {

  private static final Path SCRIPT = Path.of("..", "tools", "ensure-chromium.sh");

  @TempDir Path dir;
  private Path bin;
  private Path chromium;
  private Path driver;
  private Path calls;

  @BeforeEach
  void fakes() throws IOException {
    bin = Files.createDirectory(dir.resolve("bin"));
    chromium = dir.resolve("usr/bin/chromium");
    driver = dir.resolve("usr/bin/chromedriver");
    Files.createDirectories(chromium.getParent());
    calls = dir.resolve("calls.log");
    Files.createFile(calls);
    for (String tool : List.of("cat", "env")) {
      Files.copy(Path.of("/usr/bin", tool), bin.resolve(tool), StandardCopyOption.COPY_ATTRIBUTES);
    }
  }

  private void fake(String name, String body) throws IOException {
    Path file = bin.resolve(name);
    Files.writeString(
        file, "#!/bin/sh\necho \"" + name + " $*\" >> '" + calls + "'\n" + body + "\n");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  private void user(int uid) throws IOException {
    Files.writeString(bin.resolve("id"), "#!/bin/sh\necho " + uid + "\n");
    Files.setPosixFilePermissions(bin.resolve("id"), PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  /** An apt-get that "installs" both executables when asked to install. */
  private void aptGetThatInstalls() throws IOException {
    fake(
        "apt-get",
        "if [ \"$1\" = install ]; then for f in '"
            + chromium
            + "' '"
            + driver
            + "'; do echo > \"$f\"; /bin/chmod +x \"$f\"; done; fi\nexit 0");
  }

  private static void executable(Path file) throws IOException {
    Files.writeString(file, "#!/bin/sh\n");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  private record Run(int exit, String output, List<String> calls) {}

  private Run run() throws IOException, InterruptedException {
    ProcessBuilder builder =
        new ProcessBuilder("/bin/sh", SCRIPT.toString(), chromium.toString(), driver.toString())
            .redirectErrorStream(true);
    builder.environment().put("PATH", bin.toString());
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    return new Run(process.exitValue(), output, Files.readAllLines(calls));
  }

  @Test
  void passesWithoutInstallingWhenBothArePresent() throws Exception {
    executable(chromium);
    executable(driver);
    user(1000);
    aptGetThatInstalls();

    Run run = run();

    assertThat(run.exit()).isZero();
    assertThat(run.output()).contains("found");
    assertThat(run.calls()).isEmpty();
  }

  @Nested
  @DisplayName("when the driver is missing")
  class DriverMissing {

    @BeforeEach
    void onlyTheBrowser() throws IOException {
      executable(chromium);
    }

    @Test
    void installsBothPackagesAsRoot() throws Exception {
      user(0);
      aptGetThatInstalls();

      Run run = run();

      assertThat(run.exit()).as(run.output()).isZero();
      assertThat(run.calls())
          .containsExactly("apt-get update", "apt-get install -y chromium chromium-driver");
      assertThat(run.output()).contains("installed");
    }

    @Test
    void installsThroughSudoWithoutAPassword() throws Exception {
      user(1000);
      aptGetThatInstalls();
      fake("sudo", "[ \"$1\" = -n ] && shift; [ \"$1\" = true ] && exit 0; exec \"$@\"");

      Run run = run();

      assertThat(run.exit()).as(run.output()).isZero();
      assertThat(run.calls())
          .contains(
              "sudo -n env DEBIAN_FRONTEND=noninteractive apt-get install -y chromium"
                  + " chromium-driver",
              "apt-get install -y chromium chromium-driver");
    }

    @Test
    void failsAndSaysWhatToInstallWithoutRootOrSudo() throws Exception {
      user(1000);
      aptGetThatInstalls();

      Run run = run();

      assertThat(run.exit()).isEqualTo(1);
      assertThat(run.output())
          .contains("Not root and no password-free sudo")
          .contains("apt-get update && apt-get install -y chromium chromium-driver")
          .contains(driver.toString());
      assertThat(run.calls()).isEmpty();
    }

    @Test
    void failsWhenSudoWantsAPassword() throws Exception {
      user(1000);
      aptGetThatInstalls();
      fake("sudo", "exit 1");

      Run run = run();

      assertThat(run.exit()).isEqualTo(1);
      assertThat(run.calls()).containsExactly("sudo -n true");
    }

    @Test
    void failsWhenThereIsNoAptGet() throws Exception {
      user(0);

      Run run = run();

      assertThat(run.exit()).isEqualTo(1);
      assertThat(run.output()).contains("no apt-get here");
    }

    @Test
    void failsWhenAptGetFails() throws Exception {
      user(0);
      fake("apt-get", "[ \"$1\" = install ] && exit 100; exit 0");

      Run run = run();

      assertThat(run.exit()).isEqualTo(1);
      assertThat(run.output()).contains("apt-get install -y chromium chromium-driver failed");
    }

    @Test
    void failsWhenTheInstallLeavesItMissing() throws Exception {
      user(0);
      fake("apt-get", "exit 0");

      Run run = run();

      assertThat(run.exit()).isEqualTo(1);
      assertThat(run.output()).contains("is still missing");
    }
  }
}
