package com.accountgoals.jira.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The signature the build writes next to the jar (tools/SignJar.java) is in the form UPM 8 checks:
 * pure Ed25519 over the jar's raw bytes, 64 bytes raw and Base64 for upload, made by the key of an
 * X.509 PEM certificate (docs/research/jira11-and-signing.md §1). Both jars run this check (the
 * Jira 11 one from plugin-jira11, through this module's test jar).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("The jar's signature")
class SignatureIT {

  private Path jar;
  private byte[] content;
  private byte[] signature;
  private X509Certificate certificate;

  @BeforeAll
  void read() throws IOException, GeneralSecurityException {
    jar = Path.of(System.getProperty("bundle.jar"));
    content = Files.readAllBytes(jar);
    signature = Files.readAllBytes(sibling(".sig"));
    try (var in = new ByteArrayInputStream(Files.readAllBytes(sibling(".cert.pem")))) {
      certificate =
          (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
    }
  }

  @Test
  void isARawEd25519SignatureOf64Bytes() {
    assertThat(signature).hasSize(64);
  }

  @Test
  void hasItsBase64FormOnOneLineForUpload() throws IOException {
    String base64 = Files.readString(sibling(".sig.b64"), StandardCharsets.US_ASCII);
    assertThat(base64).doesNotContain("\n", "\r", " ");
    assertThat(Base64.getDecoder().decode(base64)).isEqualTo(signature);
  }

  @Test
  void comesWithAnEd25519CertificateThatIsValidToday() throws GeneralSecurityException {
    certificate.checkValidity();
    assertThat(certificate.getPublicKey().getAlgorithm()).isIn("EdDSA", "Ed25519");
  }

  @Test
  void verifiesWithTheCertificatesPublicKey() throws GeneralSecurityException {
    assertThat(verifies(content)).isTrue();
  }

  @Test
  void doesNotVerifyForAJarChangedInOneByte() throws GeneralSecurityException {
    byte[] changed = content.clone();
    changed[changed.length / 2] ^= 1;

    assertThat(verifies(changed)).isFalse();
  }

  /** As Atlassian's troubleshooting page checks a signature, where openssl is installed. */
  @Test
  void verifiesWithOpensslPkeyutlRawin() throws IOException, InterruptedException {
    assumeTrue(run(List.of("openssl", "version")).exitCode == 0, "openssl is not on the PATH");
    Path publicKey = Files.createTempFile("signing-public-key", ".pem");
    Result key =
        run(
            List.of(
                "openssl", "x509", "-in", sibling(".cert.pem").toString(), "-noout", "-pubkey"));
    assertThat(key.exitCode).as(key.output).isZero();
    Files.writeString(publicKey, key.output);

    Result check =
        run(
            List.of(
                "openssl",
                "pkeyutl",
                "-verify",
                "-pubin",
                "-inkey",
                publicKey.toString(),
                "-rawin",
                "-in",
                jar.toString(),
                "-sigfile",
                sibling(".sig").toString()));

    assertThat(check.exitCode).as(check.output).isZero();
    assertThat(check.output).contains("Signature Verified Successfully");
  }

  private boolean verifies(byte[] bytes) throws GeneralSecurityException {
    Signature verifier = Signature.getInstance("Ed25519");
    verifier.initVerify(certificate.getPublicKey());
    verifier.update(bytes);
    return verifier.verify(signature);
  }

  private Path sibling(String suffix) {
    return Path.of(jar + suffix);
  }

  private record Result(int exitCode, String output) {}

  private static Result run(List<String> command) throws IOException, InterruptedException {
    Process process;
    try {
      process = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true).start();
    } catch (IOException notInstalled) {
      return new Result(-1, notInstalled.getMessage());
    }
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(1, TimeUnit.MINUTES)).isTrue();
    return new Result(process.exitValue(), output);
  }
}
