// One formatter for every date shown: toLocaleDateString builds a new one on each call, which
// showed up in build profiles at a thousand guides.
const long = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "25 November 2026": the date as a reader sees it. */
export const longDate = (d: Date): string => long.format(d);

/** "2026-11-25": the date for <time datetime> and JSON-LD. */
export const isoDate = (d: Date): string => d.toISOString().slice(0, 10);
