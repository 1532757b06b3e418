package org.peyvand.ui.workflow.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.peyvand.platform.testing.I18nFiles;
import org.peyvand.platform.workflow.CartableBox;
import org.peyvand.platform.workflow.InstanceState;
import org.peyvand.platform.workflow.SlaState;
import org.peyvand.platform.workflow.TrailStep;
import org.peyvand.platform.workflow.WorkItemState;

class I18nFilesTest {
    private static final Pattern KEY_IN_CODE = Pattern.compile("\"(workflow\\.ui\\.[a-zA-Z]+(?:\\.[a-zA-Z]+)*)\"");
    /** The shell names menu sections by this key; the cartable brings its section, so its texts come from here. */
    private static final String SECTION = "ui.section.cartable";

    private static Properties load(String file) {
        return I18nFiles.texts(file);
    }

    @Test
    void bothLanguagesHaveTheSameKeys() {
        assertThat(load("workflow-ui_fa.properties").stringPropertyNames()).isEqualTo(load("workflow-ui.properties").stringPropertyNames());
    }

    @Test
    void everyKeyTheCodeUsesHasATextAndEveryKeyIsPrefixed() {
        Properties english = load("workflow-ui.properties");
        Set<String> used = I18nFiles.keysInCode(KEY_IN_CODE, source -> true);
        assertThat(used).contains("workflow.ui.menu.cartable", "workflow.ui.deploy");
        assertThat(english.stringPropertyNames()).containsAll(used).allMatch(key -> key.startsWith("workflow.ui.") || key.equals(SECTION));
    }

    @Test
    void everyTextBuiltFromANameHasOne() {
        List<String> keys = new ArrayList<>();
        for (CartableBox box : CartableBox.values()) {
            keys.add("workflow.ui.box." + box.name());
        }
        for (SlaState state : SlaState.values()) {
            keys.add("workflow.ui.sla." + state.name());
        }
        for (WorkItemState state : WorkItemState.values()) {
            keys.add("workflow.ui.state." + state.name());
        }
        for (InstanceState state : InstanceState.values()) {
            keys.add("workflow.ui.instance." + state.name());
        }
        for (String element : List.of("PROCESS", "USER_TASK", "SERVICE_TASK", "SEQUENCE_FLOW", "TIMER_EVENT", "OTHER")) {
            keys.add("workflow.ui.element." + element);
        }
        for (String property : List.of("key", "name", "assignee", "candidateUnit", "candidateRole", "formKey", "dueDate", "executor", "condition",
                "timerKind", "timerValue", "workingTime")) {
            keys.add("workflow.ui.property." + property);
        }
        for (String kind : List.of("timeDuration", "timeDate", "timeCycle")) {
            keys.add("workflow.ui.timer." + kind);
            keys.add("workflow.ui.error." + kind);
        }
        for (String action : TrailStep.ACTIONS) {
            keys.add("workflow.ui.trail.action." + action);
        }
        assertThat(load("workflow-ui.properties").stringPropertyNames()).containsAll(keys);
    }

    @Test
    void persianTextsAreInPersian() {
        assertThat(I18nFiles.notInPersian(load("workflow-ui_fa.properties"))).isEmpty();
    }

    @Test
    void everyPatternIsAValidMessageFormat() {
        assertThat(I18nFiles.invalidPatterns(load("workflow-ui.properties"))).isEmpty();
        assertThat(I18nFiles.invalidPatterns(load("workflow-ui_fa.properties"))).isEmpty();
    }
}
