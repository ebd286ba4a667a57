package io.linchpin.server.identity.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

import io.linchpin.server.identity.DepartmentSummary;
import io.linchpin.server.identity.OrganisationDirectory;
import io.linchpin.server.identity.OrganisationKind;
import io.linchpin.server.identity.OrganisationSummary;
import io.linchpin.server.platform.InvalidInputException;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The administrators' page of organisations (internal and external) and their departments. */
@Controller
@RequestMapping("/admin/organisations")
@PreAuthorize("hasRole('ADMIN')")
class OrganisationsAdminPage {

    private static final String PAGE = "identity/admin-organisations";
    private static final String DIRECTORY = PAGE + " :: directory";

    private final OrganisationDirectory directory;

    OrganisationsAdminPage(OrganisationDirectory directory) {
        this.directory = directory;
    }

    @GetMapping
    String page(Model model) {
        model.addAttribute("kinds", OrganisationKind.values());
        directory(model);
        return PAGE;
    }

    @PostMapping
    String create(@Valid NewOrganisationForm form, BindingResult binding, Model model, HttpServletResponse response) {
        return change(binding, model, response, () -> directory.createOrganisation(form.name(), form.kind()));
    }

    @PostMapping("/{id}/name")
    String rename(@PathVariable long id, @Valid RenameForm form, BindingResult binding, Model model,
            HttpServletResponse response) {
        return change(binding, model, response, () -> directory.renameOrganisation(id, form.name(), form.version()));
    }

    @PostMapping("/{id}/departments")
    String addDepartment(@PathVariable long id, @Valid NewDepartmentForm form, BindingResult binding, Model model,
            HttpServletResponse response) {
        return change(binding, model, response, () -> directory.createDepartment(id, form.name()));
    }

    @PostMapping("/departments/{id}/name")
    String renameDepartment(@PathVariable long id, @Valid RenameForm form, BindingResult binding, Model model,
            HttpServletResponse response) {
        return change(binding, model, response, () -> directory.renameDepartment(id, form.name(), form.version()));
    }

    private String change(BindingResult binding, Model model, HttpServletResponse response, Runnable change) {
        if (binding.hasErrors()) {
            FormErrors.of(binding, model, response);
        } else {
            try {
                change.run();
            } catch (InvalidInputException e) {
                FormErrors.of(e, model, response);
            }
        }
        directory(model);
        return DIRECTORY;
    }

    private void directory(Model model) {
        Map<OrganisationSummary, List<DepartmentSummary>> organisations = new LinkedHashMap<>();
        directory.organisations().forEach(o -> organisations.put(o, directory.departments(o.id())));
        model.addAttribute("organisations", organisations);
    }

    record NewOrganisationForm(@NotBlank @Size(max = 200) String name, @NotNull OrganisationKind kind) {
    }

    record NewDepartmentForm(@NotBlank @Size(max = 200) String name) {
    }

    record RenameForm(@NotBlank @Size(max = 200) String name, @NotNull Long version) {
    }
}
