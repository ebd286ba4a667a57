package io.linchpin.server.identity.web;

import java.time.Duration;
import java.time.Instant;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

import io.linchpin.server.identity.LinchpinUser;
import io.linchpin.server.identity.PersonalTokens;
import io.linchpin.server.platform.InvalidInputException;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The signed-in person's own API tokens: issue (the secret is shown once), list, revoke. */
@Controller
@RequestMapping("/tokens")
class TokensPage {

    private static final String PAGE = "identity/tokens";

    private final PersonalTokens tokens;

    TokensPage(PersonalTokens tokens) {
        this.tokens = tokens;
    }

    @GetMapping
    String page(@AuthenticationPrincipal LinchpinUser me, Model model) {
        model.addAttribute("tokens", tokens.of(me.id()));
        model.addAttribute("now", Instant.now());
        return PAGE;
    }

    @PostMapping
    String issue(@AuthenticationPrincipal LinchpinUser me, @Valid NewTokenForm form, BindingResult binding, Model model,
            HttpServletResponse response) {
        if (binding.hasErrors()) {
            FormErrors.of(binding, model, response);
            return PAGE + " :: issued";
        }
        try {
            model.addAttribute("issued", tokens.issue(me, form.name(), Duration.ofDays(form.days())));
        } catch (InvalidInputException e) {
            FormErrors.of(e, model, response);
            return PAGE + " :: issued";
        }
        model.addAttribute("tokens", tokens.of(me.id()));
        model.addAttribute("now", Instant.now());
        return PAGE + " :: issued";
    }

    @PostMapping("/{id}/revoke")
    String revoke(@AuthenticationPrincipal LinchpinUser me, @PathVariable long id, Model model) {
        model.addAttribute("token", tokens.revoke(me.id(), id));
        model.addAttribute("now", Instant.now());
        return "identity/token-row :: row(${token})";
    }

    record NewTokenForm(@NotBlank @Size(max = 100) String name, @NotNull @Min(1) @Max(366) Integer days) {
    }
}
