package io.linchpin.server.projects;

/** What a workflow status means for progress, whatever the project calls it. */
public enum StatusCategory {
    TO_DO, IN_PROGRESS, DONE
}
