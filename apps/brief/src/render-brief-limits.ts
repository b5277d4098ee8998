/**
 * Developments a brief shows per pillar (the most recent): a brief summarises, so its length and
 * cost barely grow with the data.
 */
export const BRIEF_MAX_DEVELOPMENTS = 6;
