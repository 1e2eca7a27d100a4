package uk.councilperformance.database;

import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Query.dataVersion. */
@Controller
public class DataVersionController {

    private final DataVersion version;

    public DataVersionController(DataVersion version) {
        this.version = version;
    }

    @QueryMapping
    public String dataVersion() {
        return version.current();
    }
}
