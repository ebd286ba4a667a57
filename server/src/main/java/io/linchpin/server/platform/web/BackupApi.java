package io.linchpin.server.platform.web;

import java.time.Instant;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.linchpin.server.platform.DatabaseBackup;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Operations")
class BackupApi {

    private final DatabaseBackup backup;

    BackupApi(DatabaseBackup backup) {
        this.backup = backup;
    }

    @PostMapping("/api/v1/admin/backups")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Back up the embedded H2 database now, while it runs (administrators)",
            description = "Writes gzipped SQL into LINCHPIN_BACKUP_DIR (default <data dir>/backups); restore it with "
                    + "H2's RunScript as the README says. On PostgreSQL the answer is 409: use pg_dump.")
    BackupResponse backUp() {
        DatabaseBackup.BackupFile file = backup.backUp();
        return new BackupResponse(file.file().toString(), file.bytes(), file.createdAt());
    }

    record BackupResponse(String file, long bytes, Instant createdAt) {
    }
}
