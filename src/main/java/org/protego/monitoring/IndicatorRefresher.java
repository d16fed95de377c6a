package org.protego.monitoring;

import java.time.Duration;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Every few seconds, counts anew the live indicator years whose facts changed, so that dashboards read kept figures
 * instead of waiting for a count; the first run, soon after start-up, counts the current and previous years.
 */
@Configuration(proxyBeanMethods = false)
class IndicatorRefresher implements SchedulingConfigurer {

    static final Duration EVERY = Duration.ofSeconds(5);

    private final IndicatorQuery query;
    private final IndicatorDefinitions definitions;

    IndicatorRefresher(IndicatorQuery query, IndicatorDefinitions definitions) {
        this.query = query;
        this.definitions = definitions;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        tasks.addFixedDelayTask(new FixedDelayTask(this::refresh, EVERY, EVERY));
    }

    void refresh() {
        query.refresh(definitions.current());
    }
}
