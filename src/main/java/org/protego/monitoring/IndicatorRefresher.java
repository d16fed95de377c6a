package org.protego.monitoring;

import java.time.Duration;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Every few seconds, counts anew the live indicator years whose facts changed, so that dashboards read kept figures
 * instead of waiting for a count; the first run, soon after start-up, counts the current and previous years. Every ten
 * minutes, and soon after start-up, takes in the children's feedback of the months that have ended.
 */
@Configuration(proxyBeanMethods = false)
class IndicatorRefresher implements SchedulingConfigurer {

    static final Duration EVERY = Duration.ofSeconds(5);

    /** Children's feedback is counted by ended months, so reading it a few times an hour is enough. */
    static final Duration FEEDBACK_EVERY = Duration.ofMinutes(10);

    private final IndicatorQuery query;
    private final IndicatorDefinitions definitions;
    private final FeedbackFactsSync feedback;

    IndicatorRefresher(IndicatorQuery query, IndicatorDefinitions definitions, FeedbackFactsSync feedback) {
        this.query = query;
        this.definitions = definitions;
        this.feedback = feedback;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        tasks.addFixedDelayTask(new FixedDelayTask(this::refresh, EVERY, EVERY));
        tasks.addFixedDelayTask(new FixedDelayTask(feedback::sync, FEEDBACK_EVERY, EVERY));
    }

    void refresh() {
        query.refresh(definitions.current());
    }
}
