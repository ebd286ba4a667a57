package io.linchpin.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.linchpin.engine.plan.Assignment;
import io.linchpin.engine.plan.CostRate;
import io.linchpin.engine.plan.Plan;
import io.linchpin.engine.plan.Resource;
import io.linchpin.engine.plan.ResourceType;
import io.linchpin.engine.resource.LeveledPlan;
import io.linchpin.engine.resource.PlanLeveler;
import io.linchpin.engine.resource.PlanLevelingOptions;
import io.linchpin.engine.resource.ResourceHistogram;
import io.linchpin.engine.resource.ResourceLoad;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mpxj.Duration;
import org.mpxj.Priority;
import org.mpxj.ProjectFile;
import org.mpxj.ResourceAssignment;
import org.mpxj.TimeUnit;
import org.mpxj.WorkContour;
import org.mpxj.mspdi.MSPDIWriter;
import org.mpxj.reader.UniversalProjectReader;

/** Resources, their calendars and rates, assignments and priorities read through MPXJ, with what is approximated. */
class MpxjResourcesTest {

    @TempDir
    Path dir;

    private static Path shared(String... parts) {
        Path p = OracleTest.ORACLE.getParent().resolve(Path.of("", parts));
        assumeTrue(Files.isRegularFile(p), p + " is absent: test not run");
        return p;
    }

    @Test
    void msProjectResourcesKeepTheirCalendarsUnitsAndRates() {
        ImportedPlan imported = ProjectFiles.read(shared("oracle", "ms-project", "Residential_Construction.mpp"));
        Plan plan = imported.plan();

        Resource general = plan.resources().stream().filter(r -> r.name().equals("General contractor")).findFirst().orElseThrow();
        assertThat(general.type()).isEqualTo(ResourceType.WORK);
        assertThat(general.maxUnits()).isEqualTo(1.0);
        assertThat(plan.calendar(general.calendar())).isNotNull();
        assertThat(general.rate()).isEqualTo(new CostRate(BigDecimal.valueOf(0.0), java.util.Currency.getInstance("USD"), CostRate.Per.HOUR));
        assertThat(plan.resources()).noneMatch(r -> r.name().equals(r.id()) && r.id().equals("0"));
        assertThat(plan.assignments()).contains(new Assignment("2", general.id(), 0.5));
        assertThat(plan.assignments()).allMatch(a -> plan.task(a.task()) != null && plan.resource(a.resource()) != null);
    }

    @Test
    void primaveraResourcesTakeTheirResourceIdsAndCostResourcesAreReported() {
        ImportedPlan imported = ProjectFiles.read(shared("oracle", "primavera", "sp10-cost-loaded.xer"));

        assertThat(imported.plan().resource("HS2")).isNotNull();
        assertThat(imported.plan().resources()).allMatch(r -> r.type() != null);
        assertThat(imported.losses()).anyMatch(l -> l.contains("cost resource(s) left out") && l.contains("AWH-WPI"));
    }

    /** An MPSPLIB file changed with MPXJ and written as MSPDI: everything Linchpin carries only approximately is reported. */
    @Test
    void whatIsApproximatedIsReported() throws Exception {
        ProjectFile file = new UniversalProjectReader().read(shared("leveling", "mpsplib", "mp_j30_a2_nr1.mpp").toFile());
        org.mpxj.Task second = file.getTaskByID(2);
        second.setPriority(Priority.getInstance(800));
        ResourceAssignment contoured = second.getResourceAssignments().get(0);
        contoured.setWorkContour(WorkContour.BACK_LOADED);
        contoured.setDelay(Duration.getInstance(1, TimeUnit.DAYS));
        file.getResourceByID(6).setType(org.mpxj.ResourceType.MATERIAL);
        org.mpxj.Resource cost = file.addResource();
        cost.setName("Permits");
        cost.setType(org.mpxj.ResourceType.COST);
        Path xml = dir.resolve("changed.xml");
        try (OutputStream out = Files.newOutputStream(xml)) {
            new MSPDIWriter().write(file, out);
        }

        ImportedPlan imported = ProjectFiles.read(xml);

        Plan plan = imported.plan();
        assertThat(plan.task("2").priority()).isEqualTo(800);
        assertThat(plan.resources()).filteredOn(r -> r.name().equals("R 4 (2)")).singleElement()
                .satisfies(r -> assertThat(r.type()).isEqualTo(ResourceType.MATERIAL));
        assertThat(plan.resources()).filteredOn(r -> r.name().equals("R 1")).singleElement().satisfies(r -> {
            assertThat(r.maxUnits()).isEqualTo(32.0);
            assertThat(r.rate()).isEqualTo(new CostRate(BigDecimal.valueOf(100.0), java.util.Currency.getInstance("EUR"), CostRate.Per.HOUR));
        });
        assertThat(imported.losses()).anyMatch(l -> l.startsWith("1 cost resource(s) left out") && l.contains("Permits"))
                .anyMatch(l -> l.startsWith("1 assignment(s) with a work contour are held flat") && l.contains("task 2 / 1"))
                .anyMatch(l -> l.startsWith("1 assignment delay(s) ignored"))
                .anyMatch(l -> l.contains("cost(s) per use left out"));
    }

    @Test
    void anMsProjectPlanLevelsWithoutOverAllocation() {
        Plan plan = ProjectFiles.read(shared("oracle", "ms-project", "Software_Development_Plan.mpp")).plan();

        LeveledPlan l = PlanLeveler.level(plan, PlanLevelingOptions.defaults().withMaxSchedules(1_000));

        assertThat(ResourceHistogram.of(plan, l.unleveled(), ResourceHistogram.Bucket.DAY).resources()).anyMatch(ResourceLoad::overAllocated);
        assertThat(ResourceHistogram.of(plan, l.leveled(), ResourceHistogram.Bucket.DAY).resources()).noneMatch(ResourceLoad::overAllocated);
        assertThat(l.leveled().finish()).isAfterOrEqualTo(l.unleveled().finish());
    }
}
