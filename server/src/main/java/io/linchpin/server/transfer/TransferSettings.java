package io.linchpin.server.transfer;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Limits of an import: {@code maxFileSize} (also the upload limit of the web layer) and
 * {@code maxTasks}, the most tasks one file may bring.
 */
@ConfigurationProperties("linchpin.import")
record TransferSettings(DataSize maxFileSize, int maxTasks) {

    TransferSettings {
        if (maxFileSize == null || maxFileSize.toBytes() <= 0 || maxTasks <= 0) {
            throw new IllegalArgumentException("linchpin.import.max-file-size and linchpin.import.max-tasks must be "
                    + "positive, not " + maxFileSize + " and " + maxTasks);
        }
    }
}
