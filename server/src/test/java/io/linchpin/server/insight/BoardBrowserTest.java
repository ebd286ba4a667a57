package io.linchpin.server.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import io.linchpin.server.BrowserTest;
import io.linchpin.server.TestTeam;
import io.linchpin.server.projects.TaskDraft;
import io.linchpin.server.projects.TaskService;

/** The board and the health tab in a real browser: cards in their columns, a move by a card's menu, the 14 checks. */
class BoardBrowserTest extends BrowserTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    TaskService tasks;

    TestTeam team;
    long build;

    @BeforeAll
    void createTheTeam() {
        team = new TestTeam(context);
        build = tasks.create(team.project.id(), team.member, TaskDraft.named("Build")).id();
        tasks.create(team.project.id(), team.member, TaskDraft.named("Test"));
    }

    @Test
    void aCardMovesToAnotherColumnByItsMenu() {
        signIn(team.member.getUsername(), "password-" + team.tag);
        browser.get(url("/projects/" + team.project.id() + "/board"));
        assertThat(columnNames()).containsExactly("To do", "In progress", "In review", "Done", "Blocked");
        assertThat(cards("To do")).containsExactly("1 Build", "2 Test");

        browser.findElement(By.cssSelector("button[aria-label='Move 1 Build']")).click();
        WebElement move = wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//li[@data-label='1 Build']//button[normalize-space()='To In progress']")));
        move.click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("board-message"),
                "1 Build moved to In progress."));
        assertThat(cards("In progress")).contains("1 Build").doesNotContain("2 Test");
        assertThat(cards("To do")).containsExactly("2 Test");
        assertThat(tasks.get(team.project.id(), build, team.member).status().name()).isEqualTo("In progress");
    }

    @Test
    void aCardDraggedToAnotherColumnMovesAndAMoveTheWorkflowLacksIsRefusedWithItsReason() {
        long test = tasks.create(team.project.id(), team.member, TaskDraft.named("Rack")).id();
        signIn(team.member.getUsername(), "password-" + team.tag);
        browser.get(url("/projects/" + team.project.id() + "/board"));
        drag("3 Rack", "In progress");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("board-message"), "3 Rack moved to In progress."));
        assertThat(cards("In progress")).contains("3 Rack");

        drag("3 Rack", "Done");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("board-message"),
                "Not moved: the workflow has no move from In progress to Done"));
        assertThat(cards("In progress")).contains("3 Rack");
        assertThat(cards("Done")).isEmpty();
        assertThat(tasks.get(team.project.id(), test, team.member).status().name()).isEqualTo("In progress");
    }

    @Test
    void theHealthTabListsTheFourteenChecks() {
        signIn(team.viewer.getUsername(), "password-" + team.tag);
        browser.get(url("/projects/" + team.project.id()));
        browser.findElement(By.linkText("Health")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("health-checks")));
        List<String> checks = browser.findElements(By.cssSelector("#health-checks tbody th")).stream()
                .map(WebElement::getText).toList();
        assertThat(checks).hasSize(14).startsWith("Logic").endsWith("Baseline execution index");
    }

    /**
     * Drags a card onto a column with the browser's own drag events (chromedriver's pointer actions
     * do not start an HTML5 drag).
     */
    private void drag(String card, String column) {
        WebElement from = browser.findElement(By.xpath("//li[@data-label='" + card + "']"));
        WebElement to = browser.findElement(By.xpath("//section[contains(@class,'board-column')][h2/span[1][normalize-space()='"
                + column + "']]"));
        ((JavascriptExecutor) browser).executeScript("""
                const card = arguments[0], column = arguments[1], data = new DataTransfer();
                card.dispatchEvent(new DragEvent('dragstart', {bubbles: true, dataTransfer: data}));
                column.dispatchEvent(new DragEvent('dragover', {bubbles: true, cancelable: true, dataTransfer: data}));
                column.dispatchEvent(new DragEvent('drop', {bubbles: true, cancelable: true, dataTransfer: data}));
                card.dispatchEvent(new DragEvent('dragend', {bubbles: true, dataTransfer: data}));
                """, from, to);
    }

    private List<String> columnNames() {
        return browser.findElements(By.cssSelector(".board-column > h2 > span:first-child")).stream()
                .map(WebElement::getText).toList();
    }

    private List<String> cards(String column) {
        return browser.findElements(By.xpath("//section[contains(@class,'board-column')][h2/span[1][normalize-space()='"
                + column + "']]//li[@data-label]")).stream().map(e -> e.getAttribute("data-label")).toList();
    }
}
