package io.linchpin.server.projects;

import java.util.List;

/** A project's workflow: its statuses in board order (new tasks start in the first) and the allowed moves. */
public record WorkflowView(long projectId, List<StatusView> statuses, List<TransitionRule> transitions, long version) {
}
