package uk.councilperformance.projects;

import java.util.List;
import java.util.Map;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import uk.councilperformance.graph.Arguments;
import uk.councilperformance.graph.Batches;
import uk.councilperformance.graph.Connection;
import uk.councilperformance.graph.Where;
import uk.councilperformance.plans.Plan;
import uk.councilperformance.plans.Plans;
import uk.councilperformance.search.TextMatch;
import uk.councilperformance.plans.Theme;

/** Key projects; related fields batched. */
@Controller
public class ProjectController {

    /** The filter argument of Query.projects. */
    public record ProjectFilter(String council, String year, String plan, String theme, String text) {
    }

    private final Projects projects;
    private final Plans plans;
    private final TextMatch textMatch;

    public ProjectController(Projects projects, Plans plans, TextMatch textMatch) {
        this.textMatch = textMatch;
        this.projects = projects;
        this.plans = plans;
    }

    @QueryMapping
    public Connection<Project> projects(@Argument ProjectFilter filter, @Argument Integer first, @Argument String after) {
        Connection.Window window = Connection.Window.of(first, after);
        ProjectFilter f = filter == null ? new ProjectFilter(null, null, null, null, null) : filter;
        Where where = new Where().and("c.slug = :council", "council", f.council())
                .and("p.financial_year = :year", "year", Arguments.year("filter.year", f.year()))
                .and("p.key = :plan", "plan", f.plan())
                .and("pr.theme_id = :theme", "theme", plans.themeRowIdOf(f.theme()));
        TextMatch.Condition text = textMatch.in("filter.text", f.text(), "pr.id", "project", "project-outcomes");
        if (text != null) {
            where.and(text.sql(), "text", text.text());
        }
        return Connection.of(projects.findProjects(where, window), window, projects.countProjects(where));
    }

    @BatchMapping(typeName = "Plan", field = "projects")
    public Map<Plan, List<Project>> planProjects(List<Plan> list) {
        return Batches.many(list, Plan::rowId, ids -> projects.projects("p.id", ids), Project::planRowId);
    }

    @BatchMapping(typeName = "Theme", field = "projects")
    public Map<Theme, List<Project>> themeProjects(List<Theme> list) {
        return Batches.many(list, Theme::rowId, ids -> projects.projects("pr.theme_id", ids), Project::themeRowId);
    }

    @BatchMapping(typeName = "Project")
    public Map<Project, Theme> theme(List<Project> list) {
        return Batches.one(list, Project::themeRowId, plans::themesByIds, Theme::rowId);
    }

    @BatchMapping(typeName = "Project")
    public Map<Project, Plan> plan(List<Project> list) {
        return Batches.one(list, Project::planRowId, plans::byIds, Plan::rowId);
    }

    @BatchMapping(typeName = "Project")
    public Map<Project, List<Milestone>> milestones(List<Project> list) {
        return Batches.many(list, Project::rowId, ids -> projects.milestones("m.project_id", ids), Milestone::projectRowId);
    }

    @BatchMapping(typeName = "Milestone")
    public Map<Milestone, Project> project(List<Milestone> list) {
        return Batches.one(list, Milestone::projectRowId, ids -> projects.projects("pr.id", ids), Project::rowId);
    }

    @BatchMapping(typeName = "Milestone", field = "plan")
    public Map<Milestone, Plan> milestonePlan(List<Milestone> list) {
        return Batches.one(list, Milestone::planRowId, plans::byIds, Plan::rowId);
    }

    @BatchMapping(typeName = "MilestoneRating")
    public Map<MilestoneRating, Milestone> milestone(List<MilestoneRating> list) {
        return Batches.one(list, MilestoneRating::milestoneRowId, ids -> projects.milestones("m.id", ids), Milestone::rowId);
    }
}
