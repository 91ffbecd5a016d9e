/**
 * A class pack's problems, for `problemText`: added when a class screen loads, so the home
 * screen does not carry their words. Every module that can meet a `PackProblemError` (the
 * class screens and the share panel) imports this one.
 */
import { addProblemWording } from '../base/problem.ts';
import { PackProblemError } from '../../domain/classes/pack-problems.ts';
import { packProblemTextIn } from '../../content/classes/pack-problems-es.ts';

addProblemWording((error) => (error instanceof PackProblemError ? packProblemTextIn(error.problem) : undefined));
