package io.linchpin.server.identity.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import io.linchpin.server.identity.DepartmentSummary;
import io.linchpin.server.identity.Invitation;
import io.linchpin.server.identity.NewUser;
import io.linchpin.server.identity.OrganisationDirectory;
import io.linchpin.server.identity.OrganisationSummary;
import io.linchpin.server.identity.PasswordLink;
import io.linchpin.server.identity.UserAccounts;
import io.linchpin.server.identity.UserAdministration;
import io.linchpin.server.identity.UserSummary;
import io.linchpin.server.platform.InvalidInputException;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The administrators' user list: invite, disable and enable, grant administration, reset passwords. */
@Controller
@RequestMapping("/admin/users")
@PreAuthorize("hasRole('ADMIN')")
class UsersAdminPage {

    private static final String PAGE = "identity/admin-users";
    private static final String ROW = "identity/user-row :: row";
    private static final int PAGE_SIZE = 50;

    private final UserAccounts accounts;
    private final UserAdministration administration;
    private final OrganisationDirectory directory;

    UsersAdminPage(UserAccounts accounts, UserAdministration administration, OrganisationDirectory directory) {
        this.accounts = accounts;
        this.administration = administration;
        this.directory = directory;
    }

    @GetMapping
    String page(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("users", accounts.search(q, PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
        names(model);
        return PAGE;
    }

    @PostMapping
    String invite(@Valid InviteForm form, BindingResult binding, Model model, HttpServletResponse response) {
        names(model);
        if (binding.hasErrors()) {
            FormErrors.of(binding, model, response);
            return PAGE + " :: invited";
        }
        try {
            Invitation invitation = administration.invite(new NewUser(form.username(), form.displayName(), form.email(),
                    form.organisationId(), form.departmentId(), Boolean.TRUE.equals(form.admin())));
            model.addAttribute("invitation", invitation);
            model.addAttribute("invitationUrl", UserApi.absolute(invitation.link()));
            model.addAttribute("user", invitation.user());
        } catch (InvalidInputException e) {
            FormErrors.of(e, model, response);
        }
        return PAGE + " :: invited";
    }

    @PostMapping("/{id}/enabled")
    String enabled(@PathVariable long id, @RequestParam boolean value, Model model, HttpServletResponse response) {
        return row(model, response, () -> administration.setEnabled(id, value), id);
    }

    @PostMapping("/{id}/admin")
    String admin(@PathVariable long id, @RequestParam boolean value, Model model, HttpServletResponse response) {
        return row(model, response, () -> administration.setAdmin(id, value), id);
    }

    @PostMapping("/{id}/password-reset")
    String resetPassword(@PathVariable long id, Model model, HttpServletResponse response) {
        return row(model, response, () -> {
            PasswordLink link = administration.resetPassword(id);
            model.addAttribute("resetUrl", UserApi.absolute(link));
            return accounts.find(id).orElseThrow();
        }, id);
    }

    private String row(Model model, HttpServletResponse response, Supplier<UserSummary> change, long id) {
        names(model);
        try {
            model.addAttribute("user", change.get());
        } catch (InvalidInputException e) {
            FormErrors.of(e, model, response);
            model.addAttribute("user", accounts.find(id).orElseThrow());
        }
        return ROW;
    }

    /** Names for the ids in the table and the choices of the invitation form. */
    private void names(Model model) {
        Map<Long, String> organisationNames = new LinkedHashMap<>();
        Map<Long, String> departmentNames = new LinkedHashMap<>();
        Map<OrganisationSummary, List<DepartmentSummary>> departments = new LinkedHashMap<>();
        for (OrganisationSummary organisation : directory.organisations()) {
            organisationNames.put(organisation.id(), organisation.name());
            departments.put(organisation, directory.departments(organisation.id()));
            departments.get(organisation).forEach(d -> departmentNames.put(d.id(), d.name()));
        }
        model.addAttribute("organisationNames", organisationNames);
        model.addAttribute("departmentNames", departmentNames);
        model.addAttribute("departments", departments);
        model.addAttribute("homeOrganisationId", directory.homeOrganisationId());
    }

    record InviteForm(@NotBlank @Size(max = 64) String username, @NotBlank @Size(max = 200) String displayName,
            @Email @Size(max = 320) String email, Long organisationId, Long departmentId, Boolean admin) {
    }
}
