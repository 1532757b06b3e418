package org.peyvand.platform.form.internal.values;

import java.util.List;

/** A value or expression refused by a rule: the i18n key of the rule and its arguments. */
public class InvalidValue extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final transient List<Object> args;

    public InvalidValue(String messageKey, Object... args) {
        super(messageKey, null, false, false);
        this.messageKey = messageKey;
        this.args = List.of(args);
    }

    public String messageKey() {
        return messageKey;
    }

    public List<Object> args() {
        return args;
    }
}
