/**
 * Stands in for `@stdlib/utils-eval` in the extension's build (wxt.config.ts). stdlib's numerical code
 * asks once whether the engine has generators by evaluating a string; the pages' security policy
 * forbids evaluating strings, and a package holding `eval` fails Mozilla's review. Refusing here makes
 * stdlib take its plain-function path, which gives the same numbers.
 */
export default function noEval(): never {
  throw new EvalError('strings are never evaluated as code in TallyWitness');
}
