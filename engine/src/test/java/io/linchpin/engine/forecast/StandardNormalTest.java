package io.linchpin.engine.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class StandardNormalTest {

    @Test
    void givesTheTabulatedQuantiles() {
        assertThat(StandardNormal.quantile(0.5)).isEqualTo(0.0);
        assertThat(StandardNormal.quantile(0.975)).isCloseTo(1.959963984540054, within(1e-14));
        assertThat(StandardNormal.quantile(0.8413447460685429)).isCloseTo(1.0, within(1e-14));
        assertThat(StandardNormal.quantile(0.1)).isCloseTo(-1.2815515655446004, within(1e-14));
        assertThat(StandardNormal.quantile(1e-10)).isCloseTo(-6.361340902404056, within(1e-12));
        assertThat(StandardNormal.quantile(1 - 1e-3)).isCloseTo(3.090232306167813, within(1e-13));
    }

    @Test
    void rejectsProbabilitiesOutsideTheOpenInterval() {
        assertThatThrownBy(() -> StandardNormal.quantile(1)).hasMessageContaining("0 < p < 1");
    }
}
