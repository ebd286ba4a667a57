package io.linchpin.server.transfer.web;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import io.linchpin.server.identity.LinchpinUser;
import io.linchpin.server.platform.InvalidInputException;
import io.linchpin.server.projects.ProjectService;
import io.linchpin.server.transfer.FeedService;
import io.linchpin.server.transfer.ImportService;
import io.linchpin.server.transfer.ImportService.ImportOptions;

/**
 * The files tab of a project (downloads, update from a file, its calendar feed) and the page that
 * imports a file as a new project. Each import answers the page with its report and losses.
 */
@Controller
class TransferPages {

    private final ProjectService projects;
    private final ImportService imports;
    private final FeedService feeds;

    TransferPages(ProjectService projects, ImportService imports, FeedService feeds) {
        this.projects = projects;
        this.imports = imports;
        this.feeds = feeds;
    }

    @GetMapping("/import")
    String importPage() {
        return "transfer/import";
    }

    @PostMapping("/import")
    String importNew(@AuthenticationPrincipal LinchpinUser user, @RequestParam("file") MultipartFile file,
            @RequestParam(defaultValue = "false") boolean dryRun, Model model) {
        try {
            model.addAttribute("report", imports.importNew(user, file.getOriginalFilename(), bytes(file),
                    new ImportOptions(null, null, null, null, dryRun, false, false)));
        } catch (InvalidInputException e) {
            model.addAttribute("error", e.getMessage());
        }
        return "transfer/import";
    }

    @GetMapping("/projects/{projectId}/files")
    String files(@AuthenticationPrincipal LinchpinUser user, @PathVariable long projectId, Model model) {
        model.addAttribute("project", projects.get(projectId, user));
        model.addAttribute("tab", "files");
        return "transfer/files";
    }

    @PostMapping("/projects/{projectId}/files/import")
    String importUpdate(@AuthenticationPrincipal LinchpinUser user, @PathVariable long projectId,
            @RequestParam("file") MultipartFile file, @RequestParam(defaultValue = "false") boolean dryRun,
            @RequestParam(defaultValue = "false") boolean removeMissing, Model model) {
        try {
            model.addAttribute("report", imports.importUpdate(user, projectId, file.getOriginalFilename(), bytes(file),
                    new ImportOptions(null, null, null, null, dryRun, removeMissing, false)));
        } catch (InvalidInputException e) {
            model.addAttribute("error", e.getMessage());
        }
        return files(user, projectId, model);
    }

    @PostMapping("/projects/{projectId}/files/feed")
    String feed(@AuthenticationPrincipal LinchpinUser user, @PathVariable long projectId, Model model) {
        model.addAttribute("feedUrl", absolute(feeds.createProjectFeed(user, projectId).url()));
        return files(user, projectId, model);
    }

    /** The person's feeds, as a fragment the tokens page loads (identity knows nothing of feeds). */
    @GetMapping("/calendar-feeds")
    String myFeeds(@AuthenticationPrincipal LinchpinUser user, Model model) {
        model.addAttribute("feeds", feeds.list(user));
        return "transfer/feeds :: feeds";
    }

    @PostMapping("/calendar-feeds")
    String newPersonalFeed(@AuthenticationPrincipal LinchpinUser user, Model model) {
        model.addAttribute("feedUrl", absolute(feeds.createPersonalFeed(user).url()));
        return myFeeds(user, model);
    }

    @PostMapping("/calendar-feeds/{feedId}/revoke")
    String revoke(@AuthenticationPrincipal LinchpinUser user, @PathVariable long feedId, Model model) {
        feeds.revoke(user, feedId);
        return myFeeds(user, model);
    }

    private static String absolute(String path) {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path(path).toUriString();
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
