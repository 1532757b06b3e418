package org.peyvand.platform.marketplace.internal.trust;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Ed25519 public keys whose signatures the marketplace trusts: PEM files in a folder under
 * {@code etc/}, read each time so a key an administrator adds or removes counts at once.
 */
public final class TrustedKeys {
    private static final Logger LOG = LoggerFactory.getLogger(TrustedKeys.class);
    private static final String ALGORITHM = "Ed25519";

    private final Path folder;

    public TrustedKeys(Path folder) {
        this.folder = folder;
    }

    /** Whether any trusted key made {@code base64Signature} over exactly {@code data}. */
    public boolean verify(byte[] data, String base64Signature) {
        byte[] signature;
        try {
            signature = Base64.getMimeDecoder().decode(base64Signature.strip());
        } catch (IllegalArgumentException e) {
            return false;
        }
        for (PublicKey key : keys()) {
            try {
                Signature verifier = Signature.getInstance(ALGORITHM);
                verifier.initVerify(key);
                verifier.update(data);
                if (verifier.verify(signature)) {
                    return true;
                }
            } catch (GeneralSecurityException e) {
                // a signature of the wrong shape for this key: not this key's
            }
        }
        return false;
    }

    List<PublicKey> keys() {
        List<PublicKey> keys = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return keys;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.pem")) {
            for (Path file : files) {
                try {
                    keys.add(publicKey(Files.readString(file, StandardCharsets.US_ASCII)));
                } catch (IOException | GeneralSecurityException | IllegalArgumentException e) {
                    LOG.warn("Ignored {}: not an Ed25519 public key in PEM", file);
                }
            }
        } catch (IOException e) {
            LOG.warn("Could not read the trusted keys in {}", folder);
        }
        return keys;
    }

    static PublicKey publicKey(String pem) throws GeneralSecurityException {
        String base64 = pem.replaceAll("-----(BEGIN|END) PUBLIC KEY-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
    }
}
