package io.linchpin.server.projects;

import java.util.List;
import java.util.function.Function;

/** One page of a longer list; {@code page} counts from 0. */
public record PageOf<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

    public static <T> PageOf<T> of(List<T> items, int page, int size, long totalItems) {
        return new PageOf<>(List.copyOf(items), page, size, totalItems, (int) ((totalItems + size - 1) / size));
    }

    public <R> PageOf<R> map(Function<T, R> mapper) {
        return new PageOf<>(items.stream().map(mapper).toList(), page, size, totalItems, totalPages);
    }
}
