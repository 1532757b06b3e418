package org.peyvand.module.accounts.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.peyvand.module.accounts.AccountInput;
import org.peyvand.module.accounts.Address;
import org.peyvand.module.accounts.ContactInput;
import org.peyvand.module.accounts.Phone;
import org.peyvand.platform.core.text.SearchWords;

/**
 * The words a record is found by: a query matches a record when each of its words
 * ({@link SearchWords#ofQuery}) is a prefix of one of these. Built from validated (normalised)
 * input, so numbers arrive in one form.
 */
public final class SearchTokens {
    private SearchTokens() {
    }

    public static Set<String> ofContact(ContactInput contact, String accountName) {
        Set<String> tokens = new LinkedHashSet<>();
        SearchWords.addTokens(tokens, contact.firstName());
        SearchWords.addTokens(tokens, contact.lastName());
        SearchWords.addTokens(tokens, contact.nationalCode());
        addPhone(tokens, contact.mobile());
        SearchWords.addTokens(tokens, contact.email());
        SearchWords.addTokens(tokens, contact.jobTitle());
        SearchWords.addTokens(tokens, accountName);
        return tokens;
    }

    public static Set<String> ofAccount(AccountInput account) {
        Set<String> tokens = new LinkedHashSet<>();
        SearchWords.addTokens(tokens, account.name());
        SearchWords.addTokens(tokens, account.nationalId());
        SearchWords.addTokens(tokens, account.economicCode());
        SearchWords.addTokens(tokens, account.registrationNumber());
        for (Phone phone : account.phones()) {
            addPhone(tokens, phone.number());
        }
        for (Address address : account.addresses()) {
            SearchWords.addTokens(tokens, address.city());
        }
        if (account.website() != null) {
            SearchWords.addTokens(tokens, account.website().replaceFirst("^(?i)https?://", ""));
        }
        return tokens;
    }

    /** The tokens plus those of the record's custom text values, so custom fields are searched too. */
    public static Set<String> with(Set<String> tokens, List<String> customTexts) {
        Set<String> all = new LinkedHashSet<>(tokens);
        customTexts.forEach(text -> SearchWords.addTokens(all, text));
        return all;
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
