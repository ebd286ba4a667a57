package io.linchpin.server.projects;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import io.linchpin.server.BrowserTest;
import io.linchpin.server.TestTeam;

/** The pages in a real browser: a project from nothing, tasks added, edited in place and moved; a viewer who cannot edit. */
class ProjectsBrowserTest extends BrowserTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    TaskService tasks;

    TestTeam team;

    @BeforeAll
    void createTheTeam() {
        team = new TestTeam(context);
    }

    @Test
    void aMemberCreatesAProjectAddsTasksEditsOneInPlaceAndMovesOne() {
        signIn(team.member.getUsername(), "password-" + team.tag);
        browser.findElement(By.xpath("//button[normalize-space()='New project']")).click();
        WebElement code = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("np-code")));
        code.sendKeys(team.code("B"));
        browser.findElement(By.id("np-name")).sendKeys("Browser project");
        browser.findElement(By.xpath("//button[normalize-space()='Create project']")).click();
        wait.until(ExpectedConditions.urlMatches("/projects/\\d+$"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Browser project");

        browser.findElement(By.linkText("Tasks")).click();
        for (String name : List.of("Design", "Build", "Test")) {
            WebElement field = wait.until(ExpectedConditions.elementToBeClickable(By.id("new-task-name")));
            field.sendKeys(name, Keys.ENTER);
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("wbs-body"), name));
        }
        assertThat(outline()).containsExactly("1 Design", "2 Build", "3 Test");

        browser.findElement(By.cssSelector("button[aria-label^='Edit name of 2 Build']")).click();
        WebElement editor = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("form.cell-editor input[name=value]")));
        assertThat(browser.switchTo().activeElement()).isEqualTo(editor);
        editor.sendKeys(Keys.chord(Keys.CONTROL, "a"), "Build racks", Keys.ENTER);
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("form.cell-editor")));
        assertThat(outline()).containsExactly("1 Design", "2 Build racks", "3 Test");

        browser.findElement(By.cssSelector("button[aria-label^='Edit name of 3 Test']")).click();
        WebElement second = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("form.cell-editor input[name=value]")));
        second.sendKeys(" and never saved", Keys.ESCAPE);
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("form.cell-editor")));
        assertThat(outline()).containsExactly("1 Design", "2 Build racks", "3 Test");

        browser.findElement(By.cssSelector("button[aria-label='Indent 2 Build racks']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("wbs-body"), "1.1"));
        assertThat(outline()).containsExactly("1 Design", "1.1 Build racks", "2 Test");
        assertThat(browser.switchTo().activeElement().getAttribute("aria-label")).isEqualTo("Indent 1.1 Build racks");

        browser.findElement(By.cssSelector("button[aria-label='Move up 2 Test']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#wbs-body tr:first-child"), "Test"));
        assertThat(outline()).containsExactly("1 Test", "2 Design", "2.1 Build racks");
    }

    @Test
    void aViewerSeesTheWorkButCannotEditIt() {
        TaskView task = tasks.create(team.project.id(), team.owner, TaskDraft.named("Read only"));
        signIn(team.viewer.getUsername(), "password-" + team.tag);
        browser.get(url("/projects/" + team.project.id() + "/tasks"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("wbs-body"), "Read only"));
        assertThat(browser.findElements(By.cssSelector("#wbs-body button"))).isEmpty();
        assertThat(browser.findElements(By.id("add-task"))).isEmpty();

        browser.get(url("/projects/" + team.project.id() + "/tasks/" + task.id()));
        assertThat(browser.findElement(By.id("tf-name")).isEnabled()).isFalse();
        assertThat(browser.findElements(By.xpath("//button[normalize-space()='Save task']"))).isEmpty();
        assertThat(browser.findElements(By.id("comment-body"))).isEmpty();
        assertThat(browser.findElement(By.id("status-panel")).getText()).contains("Your role allows no move");
    }

    private List<String> outline() {
        return browser.findElements(By.cssSelector("#wbs-body tr[id^=task-]")).stream()
                .map(row -> row.findElement(By.cssSelector("td:nth-child(1)")).getText() + " "
                        + row.findElement(By.cssSelector("td:nth-child(2) .cell, td:nth-child(2) span")).getText())
                .toList();
    }
}
