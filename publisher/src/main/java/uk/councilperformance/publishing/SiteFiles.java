package uk.councilperformance.publishing;

/** Where a council's site files go as they are made: each path once, relative to the site. */
@FunctionalInterface
interface SiteFiles {

    void put(String path, byte[] content);
}
