/** The `when` condition language: parse with error offsets, statically type, evaluate. No eval. */
export { parseCondition } from './parse.ts';
export { evalCondition, type ConditionEnv } from './evaluate.ts';
export { conditionType, type TypeContext, type TypeProblem } from './typecheck.ts';
