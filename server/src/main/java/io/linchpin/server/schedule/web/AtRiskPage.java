package io.linchpin.server.schedule.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import io.linchpin.server.identity.LinchpinUser;
import io.linchpin.server.schedule.ScheduleService;

/** The portfolio's milestones at risk: those of every project the reader is in, latest slip first. */
@Controller
class AtRiskPage {

    private final ScheduleService schedule;

    AtRiskPage(ScheduleService schedule) {
        this.schedule = schedule;
    }

    @GetMapping("/at-risk")
    String page(@AuthenticationPrincipal LinchpinUser user, Model model) {
        model.addAttribute("milestones", schedule.atRisk(user));
        return "schedule/at-risk";
    }
}
