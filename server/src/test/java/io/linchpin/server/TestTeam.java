package io.linchpin.server;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

import io.linchpin.server.identity.LinchpinUser;
import io.linchpin.server.identity.UserAccounts;
import io.linchpin.server.projects.MemberDraft;
import io.linchpin.server.projects.MemberService;
import io.linchpin.server.projects.ProjectDraft;
import io.linchpin.server.projects.ProjectRole;
import io.linchpin.server.projects.ProjectService;
import io.linchpin.server.projects.ProjectView;

/**
 * A project of its own for one test, with one person in each role, an administrator, and an
 * outsider who is the owner of another project. Names are unique, so tests share one database.
 */
public final class TestTeam {

    public final String tag = UUID.randomUUID().toString().substring(0, 8);
    public final LinchpinUser owner;
    public final LinchpinUser manager;
    public final LinchpinUser member;
    public final LinchpinUser viewer;
    public final LinchpinUser admin;
    public final LinchpinUser outsider;
    public final ProjectView project;
    public final ProjectView otherProject;

    private final UserAccounts accounts;
    private final UserDetailsService people;

    public TestTeam(ApplicationContext context) {
        accounts = context.getBean(UserAccounts.class);
        people = context.getBean(UserDetailsService.class);
        ProjectService projects = context.getBean(ProjectService.class);
        MemberService members = context.getBean(MemberService.class);
        owner = person("owner", false);
        manager = person("manager", false);
        member = person("member", false);
        viewer = person("viewer", false);
        admin = person("admin", true);
        outsider = person("outsider", false);
        project = projects.create(owner, draft("P"));
        members.add(project.id(), owner, new MemberDraft(manager.id(), null, ProjectRole.MANAGER));
        members.add(project.id(), owner, new MemberDraft(member.id(), null, ProjectRole.MEMBER));
        members.add(project.id(), owner, new MemberDraft(viewer.id(), null, ProjectRole.VIEWER));
        otherProject = projects.create(outsider, draft("O"));
    }

    /** A new person of the install's own organisation. */
    public LinchpinUser person(String role, boolean admin) {
        String username = role + "-" + tag;
        accounts.create(username, role + " " + tag, null, "password-" + tag, admin);
        return (LinchpinUser) people.loadUserByUsername(username);
    }

    public ProjectDraft draft(String prefix) {
        return new ProjectDraft(code(prefix), "Project " + prefix + " " + tag, null, null, "Europe/Paris", "EUR", null,
                LocalDate.of(2027, 1, 4), LocalDate.of(2027, 6, 30));
    }

    /** A project code unique to this team. */
    public String code(String prefix) {
        return (prefix + tag).toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9]", "X");
    }

    public String projectPath() {
        return "/api/v1/projects/" + project.id();
    }
}
