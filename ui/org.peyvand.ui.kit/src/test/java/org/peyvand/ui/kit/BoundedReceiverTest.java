package org.peyvand.ui.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class BoundedReceiverTest {

    @Test
    void keepsAFileUpToTheBoundAndStopsOneThatPassesIt() throws IOException {
        BoundedReceiver receiver = new BoundedReceiver(8);
        try (OutputStream out = receiver.receiveUpload("a.csv", "text/csv")) {
            out.write("سلام".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(receiver.tooLarge()).isFalse();
        assertThat(receiver.text()).isEqualTo("سلام");

        OutputStream next = receiver.receiveUpload("b.csv", "text/csv");
        next.write(new byte[6]);
        assertThatThrownBy(() -> next.write(new byte[3])).isInstanceOf(IOException.class);
        assertThat(receiver.tooLarge()).isTrue();
        assertThat(receiver.bytes()).hasSize(6);

        receiver.receiveUpload("c.csv", "text/csv").write(1);
        assertThat(receiver.tooLarge()).as("each upload starts afresh").isFalse();
        assertThat(receiver.bytes()).containsExactly(1);
    }
}
