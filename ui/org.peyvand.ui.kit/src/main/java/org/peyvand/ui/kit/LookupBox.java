package org.peyvand.ui.kit;

import java.util.Optional;

import com.vaadin.data.provider.CallbackDataProvider;
import com.vaadin.ui.ComboBox;

/** A combo box whose choices a lookup finds as the user types (colleagues, units). */
public final class LookupBox {
    private static final int SUGGESTIONS = 20;

    private LookupBox() {
    }

    /** @param typed whether text that matches no choice is taken as it is (an expression such as {@code ${starter}}) */
    public static ComboBox<Option> of(String caption, OptionLookup lookup, boolean typed) {
        ComboBox<Option> box = new ComboBox<>(caption);
        box.setDataProvider(new CallbackDataProvider<Option, String>(
                query -> lookup.find(query.getFilter().orElse(""), query.getOffset() + query.getLimit()).stream().skip(query.getOffset()),
                query -> lookup.find(query.getFilter().orElse(""), SUGGESTIONS).size()));
        box.setItemCaptionGenerator(Option::label);
        if (typed) {
            box.setNewItemProvider(text -> Optional.of(new Option(text.strip(), text.strip())));
        }
        return box;
    }
}
