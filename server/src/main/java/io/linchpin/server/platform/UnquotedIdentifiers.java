package io.linchpin.server.platform;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.data.jdbc.core.mapping.JdbcMappingContext;
import org.springframework.stereotype.Component;

/**
 * Spring Data JDBC quotes identifiers by default, which makes them case-sensitive and differently
 * cased on H2 and PostgreSQL. Unquoted, one migration script and one mapping serve both.
 */
@Component
class UnquotedIdentifiers implements BeanPostProcessor {

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof JdbcMappingContext context) {
            context.setForceQuote(false);
        }
        return bean;
    }
}
