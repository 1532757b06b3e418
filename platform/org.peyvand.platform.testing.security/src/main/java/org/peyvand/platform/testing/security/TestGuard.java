package org.peyvand.platform.testing.security;

import java.util.HashSet;
import java.util.Set;

import org.peyvand.platform.core.error.AccessDeniedException;
import org.peyvand.platform.security.AccessGuard;
import org.peyvand.platform.security.Caller;

/** Allows every permission except those denied, and remembers what was asked. */
public final class TestGuard implements AccessGuard {
    private final Set<String> denied = new HashSet<>();
    private final Set<String> asked = new HashSet<>();

    public TestGuard deny(String permission) {
        denied.add(permission);
        return this;
    }

    public Set<String> asked() {
        return asked;
    }

    @Override
    public boolean allows(Caller caller, String permission) {
        asked.add(permission);
        return !denied.contains(permission);
    }

    @Override
    public void require(Caller caller, String permission) {
        if (!allows(caller, permission)) {
            throw new AccessDeniedException(permission);
        }
    }
}
