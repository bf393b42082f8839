/** `rehearse schema` — prints the JSON Schema of the scenario format (for editor completion). */
import { scenarioSchema } from '../../engine/schema.ts';

/** Runs the command. */
export async function main(args: string[]): Promise<number> {
  if (args.length) {
    process.stderr.write(
      'Usage: rehearse schema   (prints the JSON Schema; save it as scenarios/scenario.schema.json)\n',
    );
    return 2;
  }
  process.stdout.write(`${JSON.stringify(scenarioSchema, null, 2)}\n`);
  return 0;
}
