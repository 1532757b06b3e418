package org.peyvand.module.accounts.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.peyvand.module.accounts.AccountInput;
import org.peyvand.module.accounts.Address;
import org.peyvand.module.accounts.Phone;
import org.peyvand.module.accounts.Provinces;
import org.peyvand.platform.core.error.ValidationException;
import org.peyvand.platform.core.error.Validator;
import org.peyvand.platform.core.text.PersianText;
import org.peyvand.platform.core.validation.IranianIdentifiers;

/**
 * The rules of an organisation's fields. Sizes mirror the columns of {@code acc_account} and its
 * phone and address tables. Every broken rule is reported at once.
 */
public final class AccountValidator {
    public static final int NAME_MAX = 200;
    public static final int ECONOMIC_CODE_MIN = 10;
    public static final int ECONOMIC_CODE_MAX = 14;
    public static final int REGISTRATION_NUMBER_MAX = 30;
    public static final int INDUSTRY_MAX = 100;
    public static final int WEBSITE_MAX = 200;
    public static final int OWNER_MAX = 100;
    public static final int CITY_MAX = 60;
    public static final int LINE_MAX = 300;
    public static final int MAX_PHONES = 10;
    public static final int MAX_ADDRESSES = 10;
    public static final String OFFICE = "office";
    public static final String MOBILE = "mobile";
    public static final Set<String> PHONE_KINDS = Set.of(OFFICE, "fax", MOBILE);

    private static final Pattern LETTERS_AND_DIGITS = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern HAS_SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*://.*");
    private static final String LABEL = "[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?";
    private static final Pattern WEBSITE = Pattern.compile(
            "(?i)https?://" + LABEL + "(?:\\." + LABEL + ")+(?::\\d{1,5})?(?:[/?#]\\S*)?");

    /** What the rules need to know about other stored accounts. */
    public interface Links {
        boolean exists(long accountId);

        /** Whether {@code candidate} is {@code accountId} itself or one of its descendants. */
        boolean isWithin(long candidate, long accountId);
    }

    /**
     * Returns the input normalised for storage: identifiers as ASCII digits, phones in E.164,
     * provinces as codes, a scheme on the website, the owner defaulted.
     *
     * @param selfId the account being changed, null for a new one
     * @throws ValidationException naming every invalid field
     */
    public AccountInput validate(AccountInput input, String defaultOwner, Long selfId, Links links) {
        Validator validator = new Validator();
        String name = Values.clean(input.name());
        validator.required(name, "name").maxLength(name, NAME_MAX, "name");

        String nationalId = Values.clean(input.nationalId());
        if (nationalId != null) {
            validator.check(IranianIdentifiers.isValidLegalEntityId(nationalId), "nationalId", "core.error.nationalId");
            nationalId = IranianIdentifiers.digitsOnly(nationalId);
        }

        String economicCode = Values.clean(input.economicCode());
        if (economicCode != null) {
            String digits = IranianIdentifiers.digitsOnly(economicCode);
            if (digits.isEmpty()) {
                validator.reject("economicCode", "core.error.digits");
            } else {
                validator.check(digits.length() >= ECONOMIC_CODE_MIN && digits.length() <= ECONOMIC_CODE_MAX,
                        "economicCode", "accounts.error.economicCode");
                economicCode = digits;
            }
        }

        String registrationNumber = PersianText.toLatinDigits(Values.clean(input.registrationNumber()));
        if (registrationNumber != null) {
            validator.check(LETTERS_AND_DIGITS.matcher(registrationNumber).matches(),
                    "registrationNumber", "accounts.error.registrationNumber");
            validator.maxLength(registrationNumber, REGISTRATION_NUMBER_MAX, "registrationNumber");
        }

        String industry = Values.clean(input.industry());
        validator.maxLength(industry, INDUSTRY_MAX, "industry");

        List<Phone> phones = phones(input.phones(), validator);
        List<Address> addresses = addresses(input.addresses(), validator);
        String website = website(input.website(), validator);

        String owner = Optional.ofNullable(Values.clean(input.owner())).orElse(defaultOwner);
        validator.maxLength(owner, OWNER_MAX, "owner");

        Long parentId = input.parentId();
        if (parentId != null) {
            if (selfId != null && links.isWithin(parentId, selfId)) {
                validator.reject("parentId", "accounts.error.parentCycle");
            } else {
                validator.check(links.exists(parentId), "parentId", "accounts.error.unknownAccount");
            }
        }

        validator.throwIfInvalid();
        return new AccountInput(name, nationalId, economicCode, registrationNumber, industry, phones, addresses,
                website, owner, parentId);
    }

    private static List<Phone> phones(List<Phone> input, Validator validator) {
        validator.check(input.size() <= MAX_PHONES, "phones", "accounts.error.tooMany", MAX_PHONES);
        List<Phone> phones = new ArrayList<>();
        for (int i = 0; i < input.size(); i++) {
            Phone phone = input.get(i);
            String field = "phones[" + i + "]";
            String kind = Optional.ofNullable(Values.clean(phone == null ? null : phone.kind()))
                    .map(k -> k.toLowerCase(Locale.ROOT)).orElse(OFFICE);
            validator.check(PHONE_KINDS.contains(kind), field + ".kind", "accounts.error.phoneKind");
            String typed = Values.clean(phone == null ? null : phone.number());
            if (typed == null) {
                validator.reject(field + ".number", "core.error.required");
                continue;
            }
            Optional<String> number = MOBILE.equals(kind)
                    ? IranianIdentifiers.normalizeMobile(typed)
                    : IranianIdentifiers.normalizePhone(typed);
            validator.check(number.isPresent(), field + ".number", MOBILE.equals(kind) ? "core.error.mobile" : "core.error.phone");
            phones.add(new Phone(kind, number.orElse(typed)));
        }
        return phones;
    }

    private static List<Address> addresses(List<Address> input, Validator validator) {
        validator.check(input.size() <= MAX_ADDRESSES, "addresses", "accounts.error.tooMany", MAX_ADDRESSES);
        List<Address> addresses = new ArrayList<>();
        for (int i = 0; i < input.size(); i++) {
            Address address = input.get(i) == null ? new Address(null, null, null, null) : input.get(i);
            String field = "addresses[" + i + "]";
            String province = Values.clean(address.province());
            String city = Values.clean(address.city());
            String line = Values.clean(address.line());
            String postalCode = Values.clean(address.postalCode());
            if (province == null && city == null && line == null && postalCode == null) {
                validator.reject(field, "accounts.error.emptyAddress");
                continue;
            }
            if (province != null) {
                Optional<Provinces.Province> known = Provinces.lookup(province);
                validator.check(known.isPresent(), field + ".province", "accounts.error.province");
                province = known.map(Provinces.Province::code).orElse(province);
            }
            validator.maxLength(city, CITY_MAX, field + ".city");
            validator.maxLength(line, LINE_MAX, field + ".line");
            if (postalCode != null) {
                validator.check(IranianIdentifiers.isValidPostalCode(postalCode), field + ".postalCode", "core.error.postalCode");
                postalCode = IranianIdentifiers.digitsOnly(postalCode);
            }
            addresses.add(new Address(province, city, line, postalCode));
        }
        return addresses;
    }

    private static String website(String input, Validator validator) {
        String website = Values.clean(input);
        if (website == null) {
            return null;
        }
        if (!HAS_SCHEME.matcher(website).matches()) {
            website = "https://" + website;
        }
        if (website.length() > WEBSITE_MAX) {
            validator.reject("website", "core.error.tooLong", WEBSITE_MAX);
        } else {
            validator.check(WEBSITE.matcher(website).matches(), "website", "core.error.url");
        }
        return website;
    }
}
