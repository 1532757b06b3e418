package org.peyvand.module.occasions.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.peyvand.platform.core.error.FieldError;
import org.peyvand.platform.core.error.Validator;

class TemplatesTest {

    @Test
    void placeholdersAreReplacedByTheirValuesAsPlainText() {
        String text = Templates.render("{name} عزیز، {occasion} مبارک! {date}",
                Map.of("name", "مینا $1 {occasion}\u0007", "occasion", "نوروز", "date", "۱۴۰۵/۰۱/۰۱"));
        assertThat(text).isEqualTo("مینا $1 {occasion} عزیز، نوروز مبارک! ۱۴۰۵/۰۱/۰۱");
        assertThat(Templates.render(null, Map.of())).isNull();
    }

    @Test
    void unknownPlaceholdersAndStrayBracesAreRefusedNamingTheField() {
        Validator validator = new Validator();
        assertThat(Templates.check("  Dear {name}  ", "templateEn", validator)).isEqualTo("Dear {name}");
        assertThat(Templates.check(" ", "templateEn", validator)).isNull();
        assertThat(validator.hasErrors()).isFalse();

        Templates.check("Dear {firstName}", "templateEn", validator);
        Templates.check("سلام {name", "templateFa", validator);
        assertThat(validator.errors()).extracting(FieldError::field, FieldError::messageKey)
                .containsExactly(tuple("templateEn", "occasions.error.placeholder"), tuple("templateFa", "occasions.error.brace"));
    }
}
