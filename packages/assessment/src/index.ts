/**
 * Vulnerability assessments of public spaces (ASSESSMENT.md): risk and its bands, the risk register,
 * measures ranked by risk reduced per euro, versions compared, CARVER + Shock and Martyn's Law, the
 * indicators computed from the platform's analyses and the scores they suggest, and the command line's
 * score file. Pure: no I/O.
 */
export * from './risk.ts';
export * from './register.ts';
export * from './rank-measures.ts';
export * from './headline.ts';
export * from './compare.ts';
export * from './carver.ts';
export * from './martyn.ts';
export * from './vehicle-indicators.ts';
export * from './crowd-exposure.ts';
export * from './built-measures.ts';
export * from './suggest-scores.ts';
export * from './score-file.ts';
