package io.linchpin.server.identity.web;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

import io.linchpin.server.platform.InvalidInputException;
import jakarta.servlet.http.HttpServletResponse;

/** Puts what is wrong with a submitted form into the model, as "field: message" lines, and answers 422. */
final class FormErrors {

    private FormErrors() {
    }

    static void of(BindingResult binding, Model model, HttpServletResponse response) {
        show(binding.getFieldErrors().stream().map(error -> error.getField() + ": " + error.getDefaultMessage())
                .sorted().toList(), model, response);
    }

    static void of(InvalidInputException e, Model model, HttpServletResponse response) {
        show(e.fields().stream().map(field -> field.field() + ": " + field.message()).toList(), model, response);
    }

    private static void show(List<String> errors, Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        model.addAttribute("errors", errors);
    }
}
