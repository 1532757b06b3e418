package org.peyvand.ui.admin.internal;

import java.util.Collection;
import java.util.Locale;

import com.ibm.icu.text.ListFormatter;

/** Joins names as the language does: "a, b and c", «الف، ب و ج». */
public final class Lists {

    private Lists() {
    }

    public static String join(Locale locale, Collection<String> items) {
        return ListFormatter.getInstance(locale).format(items);
    }
}
