package io.linchpin.server.platform;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.sql.SQLException;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;

import io.linchpin.server.platform.SchemaGuard.SchemaNewerThanCodeException;

/**
 * Turns the two start-up failures an operator meets first — a database that cannot be reached and
 * a schema newer than the code — into one clear message with what to do, instead of a stack trace.
 */
class StartupFailureAnalyzer implements FailureAnalyzer {

    @Override
    public FailureAnalysis analyze(Throwable failure) {
        SchemaNewerThanCodeException newer = find(failure, SchemaNewerThanCodeException.class);
        if (newer != null) {
            return new FailureAnalysis(newer.getMessage(),
                    "Run the Linchpin version that migrated this database (or newer), or restore a backup taken "
                            + "before the upgrade. Linchpin does not start on a schema it does not know, so nothing is lost.",
                    newer);
        }
        SQLException sql = find(failure, SQLException.class);
        if (sql != null && (isConnectionFailure(sql) || find(failure, ConnectException.class) != null
                || find(failure, UnknownHostException.class) != null)) {
            return new FailureAnalysis("Linchpin cannot reach its database: " + firstLine(sql.getMessage() == null
                    ? rootMessage(failure) : sql.getMessage()),
                    "Check that the database server is running and that LINCHPIN_DATABASE_URL, LINCHPIN_DATABASE_USER "
                            + "and LINCHPIN_DATABASE_PASSWORD are right. Without LINCHPIN_DATABASE_URL Linchpin uses "
                            + "its embedded H2 database under LINCHPIN_DATA_DIR (another process may be holding it open).",
                    failure);
        }
        return null;
    }

    private static boolean isConnectionFailure(SQLException e) {
        String state = e.getSQLState();
        // 08: connection exception; 28: invalid authorization; 3D: invalid catalog name; 90020: H2 file locked.
        return state != null && (state.startsWith("08") || state.startsWith("28") || state.startsWith("3D")
                || state.equals("90020") || state.equals("90146"));
    }

    /** The driver's own words say which host, port or file failed; the first line is enough. */
    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }

    private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
