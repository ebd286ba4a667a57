package io.linchpin.server.projects.web;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

import io.linchpin.server.platform.NotFoundException;

/**
 * A page asked for something that does not exist, or that the reader may not know of (another
 * project's): the same "not found" page either way.
 */
@ControllerAdvice(assignableTypes = {PortfolioPages.class, ProjectPages.class, TaskPages.class})
class PageErrors {

    @ExceptionHandler(NotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(NotFoundException e, Model model) {
        model.addAttribute("message", e.getMessage());
        return "projects/not-found";
    }
}
