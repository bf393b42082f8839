/** RH069: control characters (ESC, BEL, C1…) in a file's texts, which a terminal would obey instead of showing. */
import { msg } from '../diagnostics/message.ts';
import { CONTROL_CHAR, controlName } from '../control-chars.ts';
import { isMap, isScalar, isSeq, type LoadContext, type Node } from './context.ts';
import { valueOffset } from './offset.ts';

/** How many RH069 warnings one file gets at most (a hostile file could hold thousands). */
const MAX_REPORTED = 20;

/** Warns once per text (key or value) holding a control character, at that character. */
export function checkControlChars(ctx: LoadContext, root: Node): void {
  const stack: unknown[] = [root];
  let reported = 0;
  while (stack.length && reported < MAX_REPORTED) {
    const n = stack.pop();
    if (isMap(n)) for (const p of n.items) stack.push(p.value, p.key);
    else if (isSeq(n)) for (const item of n.items) stack.push(item);
    else if (isScalar(n) && typeof n.value === 'string') {
      const i = n.value.search(CONTROL_CHAR);
      if (i < 0) continue;
      reported++;
      ctx.report(
        'RH069',
        valueOffset(ctx.text, n, i) ?? n,
        msg`this text holds the control character ${controlName(n.value[i]!)}: a terminal would obey it (a colour, a window title, the clipboard) instead of showing it; Rehearse shows it as �`,
        msg`remove it; write the text itself (a colour or a link cannot be set from a scenario)`,
      );
    }
  }
}
