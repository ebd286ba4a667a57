package io.linchpin.server.projects;

/** One status of a project's workflow; {@code position} is its place on the board, from 1. */
public record StatusView(long id, String name, StatusCategory category, int position) {
}
