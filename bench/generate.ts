/**
 * Generates the benchmark's big scenario twice from one model: as a Rehearse YAML scenario and as
 * the equivalent ink story (one knot per node, the same lines and the same choices), so that both
 * tools load, check and play the same content.
 */

/** Text of node i, shared by both forms. */
function line(i: number): string {
  return `Message ${i}: he will post the video tonight.`;
}

/** A Rehearse scenario of `n` nodes: every node says a line and asks a choice of two options. */
export function generateYaml(n: number): string {
  const out: string[] = [
    'format: 1',
    'id: bench-generated',
    `title: "Generated scenario of ${n} nodes"`,
    'locale: en',
    'setting: call',
    'characters:',
    '  theo: { name: Theo, age: 15, role: caller }',
    'competencies:',
    '  safety: "Safety-critical sextortion guidance"',
    'state:',
    '  trust: 1',
    'outcomes:',
    '  done: "The call ended with a plan"',
    'start: n0',
    'nodes:',
  ];
  for (let i = 0; i < n; i++) {
    const next = i + 1 < n ? `n${i + 1}` : 'end';
    const skip = i + 2 < n ? `n${i + 2}` : 'end';
    out.push(
      `  n${i}:`,
      '    say:',
      `      - theo: "${line(i)}"`,
      '    ask:',
      '      choice:',
      '        options:',
      `          - { id: keep${i}, text: "Do not pay ${i}", competency: safety, points: 2, goto: ${next} }`,
      `          - { id: pay${i}, text: "Pay him ${i}", competency: safety, points: -2, set: { trust: "-1" }, goto: ${skip} }`,
    );
  }
  out.push('  end:', '    say:', '      - theo: "Thank you."', '    end: done', '');
  return out.join('\n');
}

/** The same story in ink: one knot per node, the same line and the same two choices. */
export function generateInk(n: number): string {
  const out: string[] = ['VAR trust = 1', '-> n0'];
  for (let i = 0; i < n; i++) {
    const next = i + 1 < n ? `n${i + 1}` : 'end';
    const skip = i + 2 < n ? `n${i + 2}` : 'end';
    out.push(
      `=== n${i} ===`,
      `Theo: ${line(i)}`,
      `* [Do not pay ${i}] -> ${next}`,
      `* [Pay him ${i}]`,
      '  ~ trust = trust - 1',
      `  -> ${skip}`,
    );
  }
  out.push('=== end ===', 'Theo: Thank you.', '-> END', '');
  return out.join('\n');
}
