package org.peyvand.platform.workflow;

import java.util.Locale;

/**
 * A service-task executor a started module offers now: the id a diagram names it by, and its
 * label in Persian and English (the id where its module gave none).
 */
public record ExecutorSummary(String id, String labelFa, String labelEn) {

    public String label(Locale locale) {
        return "fa".equals(locale.getLanguage()) ? labelFa : labelEn;
    }
}
