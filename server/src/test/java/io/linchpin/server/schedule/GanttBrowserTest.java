package io.linchpin.server.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import io.linchpin.server.BrowserTest;
import io.linchpin.server.TestTeam;
import io.linchpin.server.projects.ConstraintType;
import io.linchpin.server.projects.TaskChanges;
import io.linchpin.server.projects.TaskDraft;
import io.linchpin.server.projects.TaskService;
import io.linchpin.server.projects.TaskView;

/**
 * The Gantt in a real browser: zoom, collapse, move, resize and link bars by dragging, each checked
 * through the services afterwards; a stale edit refused and shown; the exports read back.
 */
class GanttBrowserTest extends BrowserTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    TaskService tasks;
    @Autowired
    DependencyService dependencies;
    @Autowired
    BaselineService baselines;

    TestTeam team;
    long build;
    long design;
    long racks;
    long test;

    /** A fresh project per test: Build (Design 3d, Racks 5d), Test 2d, none linked, from Monday 2027-01-04. */
    @BeforeEach
    void project() {
        team = new TestTeam(context);
        long p = team.project.id();
        build = tasks.create(p, team.owner, TaskDraft.named("Build")).id();
        design = tasks.create(p, team.owner, draft("Design", 3 * 480, build)).id();
        racks = tasks.create(p, team.owner, draft("Racks", 5 * 480, build)).id();
        test = tasks.create(p, team.owner, draft("Test", 2 * 480, null)).id();
    }

    @Test
    void zoomingChangesTheScaleAndCollapsingHidesTheSubTasks() {
        dependencies.create(team.project.id(), team.owner, new LinkDraft(design, racks, null, null));
        dependencies.create(team.project.id(), team.owner, new LinkDraft(design, test, null, null));
        open();
        assertThat(gantt().getAttribute("data-drawn-links")).isEqualTo("2");
        assertThat(gantt().getAttribute("data-rows")).isEqualTo("4");
        // Design runs Monday 08:00 to Wednesday 17:00: 2 days and 9 hours.
        assertThat(width(design)).isCloseTo(2.375 * 9, org.assertj.core.data.Offset.offset(0.5));
        browser.findElement(By.cssSelector("button[data-zoom=day]")).click();
        wait.until(ExpectedConditions.attributeToBe(gantt(), "data-zoom", "day"));
        assertThat(browser.findElement(By.cssSelector("button[data-zoom=day]")).getAttribute("aria-pressed"))
                .isEqualTo("true");
        assertThat(width(design)).isCloseTo(2.375 * 28, org.assertj.core.data.Offset.offset(0.5));

        Map<?, ?> toggle = box("toggle", build);
        new Actions(browser).moveToLocation((int) x(toggle, 0), (int) y(toggle)).click().perform();
        wait.until(ExpectedConditions.attributeToBe(gantt(), "data-rows", "2"));
        assertThat(script("return document.getElementById('gantt').gantt.bar(arguments[0])", design)).isNull();
        // Design → Racks is inside the collapsed Build; Design → Test is drawn from Build.
        assertThat(gantt().getAttribute("data-drawn-links")).isEqualTo("1");

        // The keyboard does the same: Home chooses the first row, Right expands it.
        browser.findElement(By.cssSelector(".gantt-scroll")).sendKeys(Keys.HOME, Keys.ARROW_RIGHT);
        wait.until(ExpectedConditions.attributeToBe(gantt(), "data-rows", "4"));
        assertThat(browser.findElement(By.id("gantt-selection")).getAttribute("textContent"))
                .isEqualTo("1 Build, 2027-01-04 to 2027-01-13, critical, expanded");
    }

    @Test
    void draggingABarSetsAStartNoEarlierThanOnTheDayItIsDroppedOn() {
        open();
        zoomToDays();
        Map<?, ?> bar = box("bar", racks);
        drag(x(bar, 0.5), y(bar), x(bar, 0.5) + 2 * 28, y(bar));
        waitForSaved();
        TaskView moved = tasks.get(team.project.id(), racks, team.owner);
        assertThat(moved.constraintType()).isEqualTo(ConstraintType.SNET);
        assertThat(moved.constraintDate()).hasToString("2027-01-06T00:00");
        assertThat(moved.schedule().start()).hasToString("2027-01-06T08:00");
        assertThat(message()).isEqualTo("1.2 Racks starts 2027-01-06 (start no earlier than 2027-01-06).");
    }

    @Test
    void draggingTheRightEndChangesTheDurationByTheWorkingDaysGained() {
        open();
        zoomToDays();
        Map<?, ?> bar = box("bar", design);
        double end = x(bar, 1) - 2;
        // Wednesday's finish dragged to Friday: two working days more.
        drag(end, y(bar), end + 2 * 28, y(bar));
        waitForSaved();
        TaskView resized = tasks.get(team.project.id(), design, team.owner);
        assertThat(resized.durationMinutes()).isEqualTo(5 * 480);
        assertThat(resized.schedule().finish()).hasToString("2027-01-08T17:00");
        assertThat(message()).isEqualTo("1.1 Design now lasts 5d.");
    }

    @Test
    void draggingFromABarsEndOntoAnotherLinksThem() {
        open();
        zoomToDays();
        Map<?, ?> from = box("bar", design);
        Map<?, ?> to = box("bar", test);
        drag(x(from, 1) + 6, y(from), x(to, 0.5), y(to));
        waitForSaved();
        List<LinkView> links = dependencies.links(team.project.id(), team.owner);
        assertThat(links).hasSize(1);
        assertThat(links.get(0).predecessor().id()).isEqualTo(design);
        assertThat(links.get(0).successor().id()).isEqualTo(test);
        assertThat(links.get(0).type()).isEqualTo(LinkType.FS);
        assertThat(tasks.get(team.project.id(), test, team.owner).schedule().start()).hasToString("2027-01-07T08:00");
        assertThat(message()).isEqualTo("Linked 1.1 Design → 2 Test (finish to start).");
    }

    @Test
    void theKeyboardMovesLengthensAndLinksTheChosenTask() {
        open();
        WebElement chart = browser.findElement(By.cssSelector(".gantt-scroll"));
        // Home, then Down twice: 1.2 Racks. Shift+Right moves it a day, + lengthens it a day.
        chart.sendKeys(Keys.HOME, Keys.ARROW_DOWN, Keys.ARROW_DOWN);
        assertThat(browser.findElement(By.id("gantt-selection")).getAttribute("textContent"))
                .startsWith("1.2 Racks, 2027-01-04 to 2027-01-08");
        chart.sendKeys(Keys.chord(Keys.SHIFT, Keys.ARROW_RIGHT));
        wait.until(d -> message().startsWith("1.2 Racks starts"));
        TaskView moved = tasks.get(team.project.id(), racks, team.owner);
        assertThat(moved.constraintType()).isEqualTo(ConstraintType.SNET);
        assertThat(moved.constraintDate()).hasToString("2027-01-05T00:00");
        waitForIdle();
        chart.sendKeys("+");
        wait.until(d -> message().startsWith("1.2 Racks now lasts"));
        assertThat(tasks.get(team.project.id(), racks, team.owner).durationMinutes()).isEqualTo(6 * 480);

        // L on Design (Up), then L on Test (End): a finish-to-start link.
        waitForIdle();
        chart.sendKeys(Keys.ARROW_UP, "l", Keys.END, "l");
        wait.until(d -> message().startsWith("Linked"));
        assertThat(message()).isEqualTo("Linked 1.1 Design → 2 Test (finish to start).");
        List<LinkView> links = dependencies.links(team.project.id(), team.owner);
        assertThat(links).extracting(l -> l.predecessor().id() + "→" + l.successor().id())
                .containsExactly(design + "→" + test);
    }

    @Test
    void aLinkThatWouldCloseACycleIsRefusedWithTheTasksNamedAndNothingChanges() {
        dependencies.create(team.project.id(), team.owner, new LinkDraft(design, test, null, null));
        open();
        zoomToDays();
        Map<?, ?> from = box("bar", test);
        Map<?, ?> to = box("bar", design);
        drag(x(from, 1) + 6, y(from), x(to, 0.5), y(to));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("gantt-message"), "was not saved"));
        assertThat(message()).isEqualTo("Link 2 Test → 1.1 Design was not saved: this link would close a cycle: "
                + "2 Test → 1.1 Design → 2 Test");
        assertThat(dependencies.links(team.project.id(), team.owner)).hasSize(1);
    }

    @Test
    void aMoveBasedOnAStaleVersionIsRefusedShownAndTheChartReadAgain() {
        open();
        zoomToDays();
        TaskChanges elsewhere = new TaskChanges();
        elsewhere.setName("Racks and cabling");
        tasks.update(team.project.id(), racks, team.owner, 0, elsewhere);
        Map<?, ?> bar = box("bar", racks);
        drag(x(bar, 0.5), y(bar), x(bar, 0.5) + 28, y(bar));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("gantt-message"), "was not saved"));
        assertThat(message()).isEqualTo("Move 1.2 Racks to 2027-01-05 was not saved: someone changed it meanwhile; "
                + "the chart now shows what is saved, try again.");
        TaskView unchanged = tasks.get(team.project.id(), racks, team.owner);
        assertThat(unchanged.constraintType()).isEqualTo(ConstraintType.ASAP);
        assertThat(unchanged.name()).isEqualTo("Racks and cabling");
    }

    @Test
    void thePdfHasAPageForEach35RowsAndTheSvgNamesTheTasks() throws Exception {
        List<TaskDraft> more = new ArrayList<>();
        for (int i = 1; i <= 36; i++) {
            more.add(draft("Cable run " + i, 480, null));
        }
        tasks.createAll(team.project.id(), team.owner, more);
        baselines.save(team.project.id(), team.owner, new BaselineDraft(0, "Agreed", null));
        open();
        assertThat(gantt().getAttribute("data-rows")).isEqualTo("40");
        // Only the rows in view (about 28 in this window) and 3 more on each side are drawn.
        assertThat(Integer.parseInt(gantt().getAttribute("data-drawn-rows"))).isBetween(20, 36);

        byte[] pdf = Base64.getDecoder().decode((String) script("return document.getElementById('gantt').gantt.pdf()"));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(2);
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            String first = stripper.getText(document);
            assertThat(first).contains(team.project.code(), "Page 1 of 2", "Build", "Design", "Racks", "Test",
                    "Cable run 31").doesNotContain("Cable run 32");
            stripper.setStartPage(2);
            stripper.setEndPage(2);
            assertThat(stripper.getText(document)).contains("Page 2 of 2", "Cable run 32", "Cable run 36");
        }

        String svg = (String) script("return document.getElementById('gantt').gantt.svg()");
        Document parsed = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        NodeList texts = parsed.getElementsByTagName("text");
        List<String> words = new ArrayList<>();
        for (int i = 0; i < texts.getLength(); i++) {
            words.add(texts.item(i).getTextContent());
        }
        assertThat(words).contains("Build", "Design", "Racks", "Test", "Cable run 36", "Jan 2027");
        // The saved baseline: a thin grey bar under each of the 40 tasks' bars.
        NodeList rects = parsed.getElementsByTagName("rect");
        int baselineBars = 0;
        for (int i = 0; i < rects.getLength(); i++) {
            if ("#b8bec6".equals(((org.w3c.dom.Element) rects.item(i)).getAttribute("fill"))) {
                baselineBars++;
            }
        }
        assertThat(baselineBars).isEqualTo(40);

        Object png = ((JavascriptExecutor) browser).executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "document.getElementById('gantt').gantt.png().then(done, function (e) { done(e.message); });");
        assertThat(((Number) png).longValue()).isGreaterThan(1000);
    }

    private static TaskDraft draft(String name, long minutes, Long parent) {
        return new TaskDraft(name, null, minutes, parent, null, null, null, null, null, null, null, null);
    }

    private void open() {
        signIn(team.member.getUsername(), "password-" + team.tag);
        browser.get(url("/projects/" + team.project.id() + "/gantt"));
        wait.until(ExpectedConditions.attributeToBe(gantt(), "data-ready", "true"));
    }

    private void zoomToDays() {
        browser.findElement(By.cssSelector("button[data-zoom=day]")).click();
        wait.until(ExpectedConditions.attributeToBe(gantt(), "data-zoom", "day"));
    }

    private void drag(double fromX, double fromY, double toX, double toY) {
        new Actions(browser).moveToLocation((int) Math.round(fromX), (int) Math.round(fromY)).clickAndHold()
                .moveToLocation((int) Math.round((fromX + toX) / 2), (int) Math.round(toY))
                .moveToLocation((int) Math.round(toX), (int) Math.round(toY)).release().perform();
    }

    private void waitForIdle() {
        wait.until(d -> "false".equals(gantt().getAttribute("data-busy")));
    }

    private void waitForSaved() {
        wait.until(d -> !message().isEmpty() && "false".equals(gantt().getAttribute("data-busy")));
    }

    private String message() {
        return browser.findElement(By.id("gantt-message")).getText();
    }

    private WebElement gantt() {
        return browser.findElement(By.id("gantt"));
    }

    private Object script(String code, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(code, args);
    }

    private Map<?, ?> box(String what, long id) {
        return (Map<?, ?>) script("return document.getElementById('gantt').gantt." + what + "(arguments[0])", id);
    }

    private double width(long id) {
        return ((Number) box("bar", id).get("w")).doubleValue();
    }

    /** A point across the box, from its left (0) to its right (1). */
    private static double x(Map<?, ?> box, double across) {
        double w = box.containsKey("w") ? ((Number) box.get("w")).doubleValue() : 0;
        return ((Number) box.get("x")).doubleValue() + w * across;
    }

    private static double y(Map<?, ?> box) {
        double h = box.containsKey("h") ? ((Number) box.get("h")).doubleValue() : 0;
        return ((Number) box.get("y")).doubleValue() + h / 2;
    }
}
