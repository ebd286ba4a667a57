package io.linchpin.server.transfer.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.linchpin.server.identity.LinchpinUser;
import io.linchpin.server.transfer.ExportService;
import io.linchpin.server.transfer.ExportService.Export;
import io.linchpin.server.transfer.FeedService;
import io.linchpin.server.transfer.FeedService.FeedView;
import io.linchpin.server.transfer.FeedService.IssuedFeed;
import io.linchpin.server.transfer.ImportReport;
import io.linchpin.server.transfer.ImportService;
import io.linchpin.server.transfer.ImportService.ImportOptions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Import, export and feeds", description = "Project files in and out (MS Project, Primavera P6, "
        + "GanttProject; MSPDI, XER and CSV) and iCalendar feeds at secret URLs")
class TransferApi {

    private final ImportService imports;
    private final ExportService exports;
    private final FeedService feeds;

    TransferApi(ImportService imports, ExportService exports, FeedService feeds) {
        this.imports = imports;
        this.exports = exports;
        this.feeds = feeds;
    }

    @PostMapping(path = "/api/v1/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import a project file as a new project", description = "MPP, MSPDI (.xml), MPX, XER, PMXML, "
            + "GanttProject (.gan) or Planner. All or nothing: a file that cannot be read or stored is a 422 naming "
            + "the file and the problem, and nothing is created. The answer lists what the file held that Linchpin "
            + "could not carry (losses). With dryRun=true the import is done, reported and rolled back.")
    ResponseEntity<ImportReport> importNew(@AuthenticationPrincipal LinchpinUser user,
            @RequestParam("file") MultipartFile file,
            @Parameter(description = "Project code; made from the file name when absent") @RequestParam(required = false) String code,
            @Parameter(description = "Project name; the file's when absent") @RequestParam(required = false) String name,
            @Parameter(description = "IANA time zone; the file's, else UTC") @RequestParam(required = false) String timeZone,
            @Parameter(description = "ISO 4217; EUR when absent") @RequestParam(required = false) String currency,
            @RequestParam(defaultValue = "false") boolean dryRun) {
        ImportReport report = imports.importNew(user, file.getOriginalFilename(), bytes(file),
                new ImportOptions(code, name, timeZone, currency, dryRun, false, false));
        if (dryRun) {
            return ResponseEntity.ok(report);
        }
        return ResponseEntity.created(URI.create("/api/v1/projects/" + report.projectId())).body(report);
    }

    @PostMapping(path = "/api/v1/projects/{projectId}/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Update a project from a file (managers)", description = "Tasks are matched by the file's "
            + "unique IDs recorded at the project's last import: changed fields are updated, new tasks added, tasks "
            + "the file no longer has reported (removed with removeMissing=true). A task changed in Linchpin since "
            + "the last import keeps its values and is listed under conflicts, unless overwriteChanged=true. Links "
            + "between the file's tasks follow the file. All or nothing; dryRun=true reports and rolls back.")
    ImportReport importUpdate(@AuthenticationPrincipal LinchpinUser user, @PathVariable long projectId,
            @RequestParam("file") MultipartFile file, @RequestParam(defaultValue = "false") boolean dryRun,
            @RequestParam(defaultValue = "false") boolean removeMissing,
            @RequestParam(defaultValue = "false") boolean overwriteChanged) {
        return imports.importUpdate(user, projectId, file.getOriginalFilename(), bytes(file),
                new ImportOptions(null, null, null, null, dryRun, removeMissing, overwriteChanged));
    }

    @GetMapping("/api/v1/projects/{projectId}/export")
    @Operation(summary = "Download the project as a file", description = "format: mspdi (MS Project XML), xer "
            + "(Primavera P6) or csv (one row per task in WBS order, RFC 4180). Dates are the project's wall-clock time.")
    ResponseEntity<byte[]> export(@AuthenticationPrincipal LinchpinUser user, @PathVariable long projectId,
            @RequestParam String format) {
        Export file = exports.export(user, projectId, format);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file.fileName())
                        .build().toString())
                .body(file.content());
    }

    @PostMapping("/api/v1/projects/{projectId}/feeds")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Make a calendar feed of the project's milestones and deadlines",
            description = "The answer carries the feed's secret URL, shown only now. Any member may make one.")
    IssuedFeed createProjectFeed(@AuthenticationPrincipal LinchpinUser user, @PathVariable long projectId) {
        return feeds.createProjectFeed(user, projectId);
    }

    @PostMapping("/api/v1/feeds")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Make a personal calendar feed", description = "The caller's assigned tasks and the "
            + "milestones of their projects. The answer carries the feed's secret URL, shown only now.")
    IssuedFeed createPersonalFeed(@AuthenticationPrincipal LinchpinUser user) {
        return feeds.createPersonalFeed(user);
    }

    @GetMapping("/api/v1/feeds")
    @Operation(summary = "List the caller's calendar feeds (not their secrets)")
    List<FeedView> listFeeds(@AuthenticationPrincipal LinchpinUser user) {
        return feeds.list(user);
    }

    @DeleteMapping("/api/v1/feeds/{feedId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Revoke one of the caller's calendar feeds", description = "Its URL answers 404 from now on.")
    void revokeFeed(@AuthenticationPrincipal LinchpinUser user, @PathVariable long feedId) {
        feeds.revoke(user, feedId);
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
