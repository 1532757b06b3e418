package org.peyvand.module.occasions.internal;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.peyvand.module.occasions.OccasionService;
import org.peyvand.platform.core.error.Validator;

/**
 * Greeting templates: plain text with placeholders such as {@code {name}}. Values are put in as text,
 * never interpreted again, with control characters removed; a brace outside a known placeholder is refused.
 */
final class Templates {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n]]");

    private Templates() {
    }

    /** @return the template stripped, {@code null} when blank; its problems go to {@code validator} under {@code field} */
    static String check(String template, String field, Validator validator) {
        String text = template == null || template.isBlank() ? null : template.strip();
        if (text == null) {
            return null;
        }
        validator.maxLength(text, OccasionService.MAX_TEMPLATE, field);
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            if (!OccasionService.PLACEHOLDERS.contains(matcher.group(1))) {
                validator.reject(field, "occasions.error.placeholder", matcher.group(1), String.join(", ", OccasionService.PLACEHOLDERS));
                return text;
            }
        }
        String rest = PLACEHOLDER.matcher(text).replaceAll("");
        validator.check(rest.indexOf('{') < 0 && rest.indexOf('}') < 0, field, "occasions.error.brace");
        return text;
    }

    /** The template with each placeholder replaced by its value; {@code null} for no template. */
    static String render(String template, Map<String, String> values) {
        if (template == null) {
            return null;
        }
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String value = values.getOrDefault(matcher.group(1), "");
            matcher.appendReplacement(out, Matcher.quoteReplacement(CONTROL.matcher(value).replaceAll("")));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
