package org.peyvand.module.accounts.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.peyvand.module.accounts.AccountInput;
import org.peyvand.module.accounts.Address;
import org.peyvand.module.accounts.ContactInput;
import org.peyvand.module.accounts.Phone;
import org.peyvand.platform.core.text.PersianText;

/**
 * The words a record is found by: a query matches a record when each of its words is a prefix of
 * one of these. Built from validated (normalised) input, so numbers arrive in one form.
 */
public final class SearchTokens {
    /** The token column size; longer tokens are cut, and so are query words, so prefixes still match. */
    public static final int MAX_LENGTH = 64;

    private SearchTokens() {
    }

    public static Set<String> ofContact(ContactInput contact, String accountName) {
        Set<String> tokens = new LinkedHashSet<>();
        addText(tokens, contact.firstName());
        addText(tokens, contact.lastName());
        addText(tokens, contact.nationalCode());
        addPhone(tokens, contact.mobile());
        addText(tokens, contact.email());
        addText(tokens, contact.jobTitle());
        addText(tokens, accountName);
        return tokens;
    }

    public static Set<String> ofAccount(AccountInput account) {
        Set<String> tokens = new LinkedHashSet<>();
        addText(tokens, account.name());
        addText(tokens, account.nationalId());
        addText(tokens, account.economicCode());
        addText(tokens, account.registrationNumber());
        for (Phone phone : account.phones()) {
            addPhone(tokens, phone.number());
        }
        for (Address address : account.addresses()) {
            addText(tokens, address.city());
        }
        if (account.website() != null) {
            addText(tokens, account.website().replaceFirst("^(?i)https?://", ""));
        }
        return tokens;
    }

    /** The tokens plus those of the record's custom text values, so custom fields are searched too. */
    public static Set<String> with(Set<String> tokens, List<String> customTexts) {
        Set<String> all = new LinkedHashSet<>(tokens);
        customTexts.forEach(text -> addText(all, text));
        return all;
    }

    /** The query's words, cut like stored tokens, without words implied by longer ones. */
    public static List<String> ofQuery(String query) {
        List<String> words = PersianText.queryTokens(query).stream().map(w -> Values.truncate(w, MAX_LENGTH)).toList();
        return words.stream()
                .filter(word -> words.stream().noneMatch(other -> other.length() > word.length() && other.startsWith(word)))
                .toList();
    }

    private static void addText(Set<String> tokens, String text) {
        if (text != null) {
            PersianText.searchTokens(text).forEach(token -> tokens.add(Values.truncate(token, MAX_LENGTH)));
        }
    }

    /**
     * An E.164 number is found as typed in any of the usual ways: "989121234567" (the "+" is not a
     * word character), "09121234567" and "9121234567".
     */
    private static void addPhone(Set<String> tokens, String e164) {
        if (e164 != null && e164.startsWith("+98")) {
            String national = e164.substring(3);
            tokens.add(e164.substring(1));
            tokens.add("0" + national);
            tokens.add(national);
        }
    }
}
