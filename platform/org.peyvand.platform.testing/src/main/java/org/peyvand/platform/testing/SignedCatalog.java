package org.peyvand.platform.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.Signature;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A marketplace catalog folder as a publisher makes one: artifacts, an {@code index.json}, and its
 * detached Ed25519 signature {@code index.json.sig} by a key of its own, whose public half a server
 * trusts once written to its keys folder.
 */
public final class SignedCatalog {
    private final Path folder;
    private final KeyPair key;

    public SignedCatalog(Path folder) {
        this.folder = folder;
        try {
            Files.createDirectories(folder);
            this.key = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public Path folder() {
        return folder;
    }

    /** Writes the public key as {@code <name>.pem} into a server's keys folder. */
    public Path trustIn(Path keysFolder, String name) throws IOException {
        Files.createDirectories(keysFolder);
        String pem = "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(key.getPublic().getEncoded()) + "\n-----END PUBLIC KEY-----\n";
        return Files.writeString(keysFolder.resolve(name + ".pem"), pem, StandardCharsets.US_ASCII);
    }

    /** Copies an artifact into the folder and returns its SHA-256 in hex. */
    public String add(String name, byte[] content) throws IOException {
        Files.write(folder.resolve(name), content);
        return sha256(content);
    }

    /** Writes the index and its signature. */
    public void publish(String indexJson) throws IOException {
        byte[] index = indexJson.getBytes(StandardCharsets.UTF_8);
        Files.write(folder.resolve("index.json"), index);
        Files.writeString(folder.resolve("index.json.sig"), sign(index), StandardCharsets.US_ASCII);
    }

    /** A base64 Ed25519 signature of {@code data} by this catalog's key. */
    public String sign(byte[] data) {
        try {
            Signature signer = Signature.getInstance("Ed25519");
            signer.initSign(key.getPrivate());
            signer.update(data);
            return Base64.getEncoder().encodeToString(signer.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
