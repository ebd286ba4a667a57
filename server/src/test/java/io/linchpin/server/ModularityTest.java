package io.linchpin.server;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTest {

    @Test
    void capabilitiesDependOnlyOnEachOthersPublicApi() {
        ApplicationModules.of(LinchpinApplication.class).verify();
    }
}
