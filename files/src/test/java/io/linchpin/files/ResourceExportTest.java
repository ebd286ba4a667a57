package io.linchpin.files;

import static org.assertj.core.api.Assertions.assertThat;

import io.linchpin.engine.plan.Assignment;
import io.linchpin.engine.plan.CostRate;
import io.linchpin.engine.plan.Plan;
import io.linchpin.engine.plan.Resource;
import io.linchpin.engine.plan.ResourceType;
import io.linchpin.engine.resource.PlanLeveler;
import io.linchpin.engine.resource.PlanLevelingOptions;
import io.linchpin.engine.schedule.Scheduler;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Resources, their rates and calendars, assignments and priorities written as MSPDI and XER and read back. */
class ResourceExportTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(value = ProjectFormat.class, names = {"MSPDI", "XER"})
    void resourcesAndAssignmentsSurviveTheFile(ProjectFormat format) throws Exception {
        Plan plan = LinchpinJson.read(Path.of(getClass().getResource("crews.json").toURI()));
        Path out = dir.resolve("crews." + format.extension());

        List<String> notWritten = ProjectFiles.write(plan, Scheduler.schedule(plan), out, format);
        Plan back = ProjectFiles.read(out).plan();

        boolean mspdi = format == ProjectFormat.MSPDI;
        assertThat(notWritten).containsExactlyElementsOf(mspdi ? List.of(
                "1 cost rate(s) left out: the file has one currency, EUR, and these resources are paid in another: DANA",
                "2 projects sharing the plan's resources written as one project")
                : List.of("task priorities written as P6's five levels (Top, High, Normal, Low, Lowest)",
                        "2 projects sharing the plan's resources written as one project"));
        Map<String, Resource> byName = back.resources().stream().collect(Collectors.toMap(Resource::name, Function.identity()));
        assertThat(byName).containsOnlyKeys("Electricians", "Dana (inspector)", "Cat6 cable");
        Resource elec = byName.get("Electricians");
        assertThat(elec.type()).isEqualTo(ResourceType.WORK);
        assertThat(elec.maxUnits()).isEqualTo(2.0);
        assertThat(elec.rate().amount()).isEqualByComparingTo("85");
        assertThat(elec.rate().currency()).isEqualTo(Currency.getInstance("EUR"));
        assertThat(elec.rate().per()).isEqualTo(CostRate.Per.HOUR);
        Resource dana = byName.get("Dana (inspector)");
        if (mspdi) {
            assertThat(dana.rate()).as("paid in CHF, left out").satisfiesAnyOf(r -> assertThat(r).isNull(),
                    r -> assertThat(r.amount()).isEqualByComparingTo(BigDecimal.ZERO));
        } else {
            assertThat(dana.rate()).as("600 CHF a day of the plan's 8 hours, by the hour as P6 counts")
                    .isEqualTo(new CostRate(new BigDecimal("75.0"), Currency.getInstance("CHF"), CostRate.Per.HOUR));
        }
        assertThat(back.calendar(dana.calendar()).weekly(DayOfWeek.MONDAY).minutes()).as("mornings only").isEqualTo(4 * 60);
        Resource cable = byName.get("Cat6 cable");
        assertThat(cable.type()).isEqualTo(ResourceType.MATERIAL);
        assertThat(cable.rate().amount()).isEqualByComparingTo("0.40");

        Map<String, String> taskByName = back.tasks().stream()
                .collect(Collectors.toMap(io.linchpin.engine.plan.Task::name, io.linchpin.engine.plan.Task::id));
        assertThat(back.assignments()).containsExactlyInAnyOrder(
                new Assignment(taskByName.get("Pull cable"), elec.id(), 2),
                new Assignment(taskByName.get("Pull cable"), cable.id(), 300),
                new Assignment(taskByName.get("Inspect plant"), dana.id(), 1),
                new Assignment(taskByName.get("Fit trays"), elec.id(), 1),
                new Assignment(taskByName.get("Inspect office"), dana.id(), 1));
        assertThat(back.task(taskByName.get("Fit trays")).priority()).isEqualTo(mspdi ? 700 : 600);
        assertThat(PlanLeveler.level(back, PlanLevelingOptions.defaults().withMaxSchedules(200)).leveled().finish())
                .as("the plan read back levels to the same finish")
                .isEqualTo(PlanLeveler.level(plan, PlanLevelingOptions.defaults().withMaxSchedules(200)).leveled().finish());
    }
}
