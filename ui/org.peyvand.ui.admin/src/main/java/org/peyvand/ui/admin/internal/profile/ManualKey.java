package org.peyvand.ui.admin.internal.profile;

/** The Base32 secret to type into an authenticator app by hand, in groups of four as the apps show it. */
final class ManualKey {
    private static final int GROUP = 4;

    private ManualKey() {
    }

    static String grouped(String secret) {
        String plain = secret.replaceAll("\\s+", "");
        StringBuilder text = new StringBuilder(plain.length() + plain.length() / GROUP);
        for (int i = 0; i < plain.length(); i++) {
            if (i > 0 && i % GROUP == 0) {
                text.append(' ');
            }
            text.append(plain.charAt(i));
        }
        return text.toString();
    }
}
