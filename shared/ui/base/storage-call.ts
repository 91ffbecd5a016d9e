// Kept for the components that import these from here; they live in `problem.ts`, the one
// place that puts a failure into words.
export { problemText, storageProblem } from './problem.ts';
