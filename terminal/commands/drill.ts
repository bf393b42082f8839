/** `rehearse drill` — placeholder until its issue lands. */
export async function main(_args: string[]): Promise<number> {
  process.stderr.write('rehearse drill: not built yet.\n');
  return 2;
}
