import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Signs an app jar the way the Universal Plugin Manager (UPM 8, Jira 11) checks it: pure Ed25519
 * (RFC 8032) over the jar's own bytes, no digest first, as Atlassian's check {@code openssl pkeyutl
 * -verify -rawin -in app.jar -sigfile …} implies; the certificate as X.509 PEM for the trust store
 * (docs/research/jira11-and-signing.md §1). Writes next to the jar:
 *
 * <ul>
 *   <li>{@code <jar>.sig}: the raw 64-byte signature;
 *   <li>{@code <jar>.sig.b64}: the same in Base64 on one line, the form UPM is given;
 *   <li>{@code <jar>.cert.pem}: the certificate whose key made the signature.
 * </ul>
 *
 * Then checks the signature with the certificate's public key and fails if it does not verify.
 *
 * <p>The key: by default ({@code --storepass-env -}) one that the build generates once for local
 * use, with the JDK's keytool (a self-signed Ed25519 certificate), kept under {@code target/} and
 * never committed. For a real release, the vendor's own PKCS12 keystore: {@code --keystore},
 * {@code --alias} and {@code --storepass-env} naming an environment variable that holds its
 * password (the password itself never appears on a command line). An expired certificate is
 * refused, since UPM refuses what it signed.
 *
 * <pre>
 * java tools/SignJar.java --jar plugin/target/app.jar --keystore target/signing/local-build.p12 \
 *     --alias account-goals-local --storepass-env -
 * </pre>
 */
public final class SignJar {

  /** The password of the generated local key: it protects nothing that leaves target/. */
  private static final String LOCAL_PASSWORD = "local-build-only";

  private static final String LOCAL_NAME =
      "CN=Account Goals local build (not for distribution), O=Account Goals";

  /** Days the generated local certificate is valid (UPM refuses an expired one). */
  private static final String LOCAL_VALIDITY_DAYS = "700";

  private SignJar() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> options = options(args);
    Path jar = Path.of(required(options, "--jar"));
    Path keystore = Path.of(required(options, "--keystore"));
    String alias = required(options, "--alias");
    String passwordVariable = required(options, "--storepass-env");
    boolean local = passwordVariable.equals("-");
    char[] password = local ? LOCAL_PASSWORD.toCharArray() : password(passwordVariable);
    if (local && !Files.exists(keystore)) {
      generate(keystore, alias, password);
    }
    if (!Files.isRegularFile(keystore)) {
      throw new IllegalArgumentException("No keystore at " + keystore);
    }
    KeyStore store = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(keystore)) {
      store.load(in, password);
    }
    if (!(store.getKey(alias, password) instanceof PrivateKey key)
        || !(store.getCertificate(alias) instanceof X509Certificate certificate)) {
      throw new IllegalArgumentException(
          "Keystore " + keystore + " has no private key with a certificate under " + alias);
    }
    if (!key.getAlgorithm().equals("EdDSA") && !key.getAlgorithm().equals("Ed25519")) {
      throw new IllegalArgumentException(
          "UPM verifies Ed25519 signatures only; the key under " + alias + " is " + key.getAlgorithm());
    }
    certificate.checkValidity();

    byte[] content = Files.readAllBytes(jar);
    Signature signer = Signature.getInstance("Ed25519");
    signer.initSign(key);
    signer.update(content);
    byte[] signature = signer.sign();

    Signature verifier = Signature.getInstance("Ed25519");
    verifier.initVerify(certificate.getPublicKey());
    verifier.update(content);
    if (!verifier.verify(signature)) {
      throw new GeneralSecurityException("The signature of " + jar + " does not verify");
    }

    Files.write(Path.of(jar + ".sig"), signature);
    Files.writeString(
        Path.of(jar + ".sig.b64"),
        Base64.getEncoder().encodeToString(signature),
        StandardCharsets.US_ASCII);
    Files.writeString(Path.of(jar + ".cert.pem"), pem(certificate), StandardCharsets.US_ASCII);
    System.out.println(
        "Signed "
            + jar.getFileName()
            + " (Ed25519, "
            + signature.length
            + " bytes) with "
            + certificate.getSubjectX500Principal().getName()
            + ", valid until "
            + certificate.getNotAfter().toInstant());
  }

  private static void generate(Path keystore, String alias, char[] password)
      throws IOException, InterruptedException {
    Files.createDirectories(keystore.toAbsolutePath().getParent());
    Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
    String secret = new String(password);
    List<String> command =
        new ArrayList<>(
            List.of(
                keytool.toString(),
                "-genkeypair",
                "-keyalg",
                "Ed25519",
                "-alias",
                alias,
                "-keystore",
                keystore.toString(),
                "-storetype",
                "PKCS12",
                "-storepass",
                secret,
                "-keypass",
                secret,
                "-dname",
                LOCAL_NAME,
                "-validity",
                LOCAL_VALIDITY_DAYS));
    Process process = new ProcessBuilder(command).inheritIO().start();
    if (process.waitFor() != 0) {
      throw new IOException("keytool could not generate the local signing key in " + keystore);
    }
  }

  private static char[] password(String environmentVariable) {
    String value = System.getenv(environmentVariable);
    if (value == null) {
      throw new IllegalArgumentException(
          "The environment variable " + environmentVariable + " (keystore password) is not set");
    }
    return value.toCharArray();
  }

  private static String pem(X509Certificate certificate) throws GeneralSecurityException {
    return "-----BEGIN CERTIFICATE-----\n"
        + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(certificate.getEncoded())
        + "\n-----END CERTIFICATE-----\n";
  }

  private static Map<String, String> options(String[] args) {
    Map<String, String> options = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i++) {
      if (args[i].startsWith("--") && i + 1 < args.length) {
        options.put(args[i], args[++i]);
      } else {
        throw new IllegalArgumentException("Unknown argument: " + args[i]);
      }
    }
    return options;
  }

  private static String required(Map<String, String> options, String name) {
    String value = options.get(name);
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("Missing " + name);
    }
    return value;
  }
}
