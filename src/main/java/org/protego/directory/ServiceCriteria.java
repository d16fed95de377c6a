package org.protego.directory;

import java.time.DayOfWeek;
import java.time.LocalTime;

/**
 * What a child needs of a service; every criterion given must hold, and one left null does not count.
 *
 * @param sex {@code female}, {@code male}, {@code other} or {@code unknown}: a service restricted to some sexes fits
 *     only those, so {@code other} and {@code unknown} fit only services open to every sex
 * @param language a language code, two or three letters
 * @param need a referral type code of Protego's taxonomy, such as {@code shelter}
 * @param area a service area's or a location's city, region or province name, in any case
 * @param openOn a day the service must be open on; with {@code openAt}, open at that time of that day
 * @param page from 0
 */
public record ServiceCriteria(
        Integer age,
        String sex,
        String language,
        String need,
        String area,
        DayOfWeek openOn,
        LocalTime openAt,
        int page) {}
