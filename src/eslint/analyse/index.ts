/** The ESLint plugin's analysis: StartImport request builders found and checked, once per file. */
export { analyseFile } from './analyse-file.js';
export type { AnalyseFile, AnalysisOptions, BuilderKind, EstreeNode, FoundRequest } from './types.js';
