/** `rehearse schema` — placeholder until its issue lands. */
export async function main(_args: string[]): Promise<number> {
  process.stderr.write('rehearse schema: not built yet.\n');
  return 2;
}
