package org.peyvand.ui.kit;

import java.util.List;
import java.util.Optional;

/** Finds the records a lookup field offers, by the text typed so far. */
public interface OptionLookup {

    List<Option> find(String filter, int limit);

    /** The option of a stored value, to show a form's current value. */
    Optional<Option> byValue(Object value);
}
