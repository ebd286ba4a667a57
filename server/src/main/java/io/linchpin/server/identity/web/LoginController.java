package io.linchpin.server.identity.web;

import java.time.Instant;

import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import io.linchpin.server.identity.SignInThrottledException;
import jakarta.servlet.http.HttpSession;

@Controller
class LoginController {

    /** After a paused sign-in, says how long to wait (the failure handler left the reason in the session). */
    @GetMapping("/login")
    String login(@RequestParam(required = false) String paused, HttpSession session, Model model) {
        if (paused != null && session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION)
                instanceof SignInThrottledException throttled) {
            model.addAttribute("paused", throttled.advice(Instant.now()));
        }
        return "identity/login";
    }
}
