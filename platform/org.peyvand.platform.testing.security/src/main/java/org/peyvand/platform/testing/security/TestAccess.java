package org.peyvand.platform.testing.security;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.peyvand.platform.security.Caller;
import org.peyvand.platform.security.FieldAccess;
import org.peyvand.platform.security.RecordAccess;
import org.peyvand.platform.security.RecordScope;

/** Sees all records and fields unless a scope or field rules are set for a caller and type. */
public final class TestAccess implements RecordAccess {
    private final Map<String, RecordScope> scopes = new HashMap<>();
    private final Map<String, FieldAccess> fields = new HashMap<>();

    public TestAccess scope(Caller caller, String objectType, RecordScope.Level level, Set<Long> unitIds) {
        scopes.put(caller.username() + "/" + objectType, new RecordScope(level, caller.username(), unitIds));
        return this;
    }

    public TestAccess fields(Caller caller, String objectType, FieldAccess access) {
        fields.put(caller.username() + "/" + objectType, access);
        return this;
    }

    @Override
    public RecordScope scope(Caller caller, String objectType) {
        return scopes.getOrDefault(caller.username() + "/" + objectType, RecordScope.all(caller.username()));
    }

    @Override
    public FieldAccess fields(Caller caller, String objectType) {
        return fields.getOrDefault(caller.username() + "/" + objectType, FieldAccess.UNRESTRICTED);
    }
}
