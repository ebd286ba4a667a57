package io.linchpin.server.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import io.linchpin.files.ProjectFormat;
import io.linchpin.server.BrowserTest;
import io.linchpin.server.TestTeam;

/** An import through the pages: a file chosen, the project made, and the loss report shown. */
class TransferBrowserTest extends BrowserTest {

    @Autowired
    ApplicationContext context;

    TestTeam team;

    @BeforeAll
    void createTheTeam() {
        team = new TestTeam(context);
    }

    @Test
    void aManagerImportsAFileAndSeesWhatCouldNotBeCarried() {
        // A data date during the day is a loss: Linchpin's status date is a whole day.
        Path file = TransferFiles.write(TransferFiles.sample("Browser import " + team.tag).toBuilder()
                .statusDate(LocalDateTime.of(2026, 3, 4, 13, 0)).build(), ProjectFormat.XER);
        signIn(team.manager.getUsername(), "password-" + team.tag);
        browser.findElement(By.linkText("Import a file")).click();
        WebElement input = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("file")));
        input.sendKeys(file.toAbsolutePath().toString());
        browser.findElement(By.xpath("//button[normalize-space()='Import']")).click();

        WebElement report = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("import-report")));
        assertThat(report.findElement(By.tagName("h2")).getText()).isEqualTo("Imported plan.xer");
        assertThat(report.getText()).contains("6 tasks created");
        List<String> losses = report.findElements(By.cssSelector("#losses li")).stream().map(WebElement::getText).toList();
        assertThat(losses).anyMatch(l -> l.startsWith("the file's data date is 2026-03-04T13:00"));

        report.findElement(By.partialLinkText("PLAN")).click();
        wait.until(ExpectedConditions.urlMatches("/projects/\\d+/tasks$"));
        assertThat(browser.findElement(By.cssSelector(".breadcrumb-item.active")).getText()).startsWith("PLAN-");
        browser.findElement(By.linkText("Files")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.linkText("CSV")));
        assertThat(browser.findElement(By.linkText("MS Project XML")).getAttribute("href")).endsWith("format=mspdi");
    }

    @Test
    void aPersonMakesAPersonalFeedOnTheTokensPageReadsItAndRevokesIt() {
        signIn(team.member.getUsername(), "password-" + team.tag);
        browser.get(url("/tokens"));
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//button[normalize-space()='New personal feed']")))
                .click();
        String feed = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("new-feed-url"))).getText();
        assertThat(feed).startsWith(url("/feeds/")).endsWith(".ics");
        assertThat(browser.findElements(By.xpath("//section[@id='calendar-feeds']//td[normalize-space()='Your work']")))
                .hasSize(1);

        browser.findElement(By.cssSelector("#calendar-feeds button[aria-label^='Revoke feed']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("calendar-feeds"), "No feeds."));
        browser.get(feed);
        assertThat(browser.getPageSource()).contains("No such feed");
    }
}
