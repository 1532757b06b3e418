package org.peyvand.ui.admin.internal.profile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ManualKeyTest {

    @Test
    void groupsTheSecretInFours() {
        assertThat(ManualKey.grouped("JBSWY3DPEHPK3PXPJB")).isEqualTo("JBSW Y3DP EHPK 3PXP JB");
        assertThat(ManualKey.grouped("JBSW Y3DP")).isEqualTo("JBSW Y3DP");
    }
}
