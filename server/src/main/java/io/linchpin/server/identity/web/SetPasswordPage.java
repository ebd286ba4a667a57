package io.linchpin.server.identity.web;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import io.linchpin.server.identity.PasswordLinks;
import io.linchpin.server.platform.InvalidInputException;
import jakarta.servlet.http.HttpServletResponse;

/** Where an invitation or password-reset link leads: the person chooses their password, then signs in. */
@Controller
class SetPasswordPage {

    private final PasswordLinks links;

    SetPasswordPage(PasswordLinks links) {
        this.links = links;
    }

    @GetMapping("/set-password/{secret}")
    String show(@PathVariable String secret, Model model, HttpServletResponse response) {
        model.addAttribute("secret", secret);
        model.addAttribute("pending", links.open(secret).orElse(null));
        if (model.getAttribute("pending") == null) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
        }
        return "identity/set-password";
    }

    @PostMapping("/set-password/{secret}")
    String choose(@PathVariable String secret, @RequestParam(defaultValue = "") String password,
            @RequestParam(defaultValue = "") String confirmation, Model model, HttpServletResponse response) {
        try {
            links.choosePassword(secret, password, confirmation);
            return "redirect:/login?passwordSet";
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("errors", List.of(e.getMessage()));
            return show(secret, model, response);
        }
    }
}
