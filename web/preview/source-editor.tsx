/** A plain textarea with line numbers for the scenario source; `goTo` moves the caret to a line and column. */
import { forwardRef, memo, useImperativeHandle, useRef } from 'react';

/** What the editor lets its parent do. */
export interface EditorHandle {
  goTo(line: number, column: number): void;
}

const Gutter = memo(function Gutter({ count, gutterRef }: { count: number; gutterRef: React.RefObject<HTMLPreElement | null> }) {
  let s = '';
  for (let i = 1; i <= count; i++) s += `${i}\n`;
  return (
    <pre ref={gutterRef} className="gutter" aria-hidden="true">
      {s}
    </pre>
  );
});

/** The editor. */
export const SourceEditor = forwardRef<EditorHandle, { label: string; value: string; onChange(v: string): void; describedBy?: string }>(function SourceEditor(
  { label, value, onChange, describedBy },
  handle,
) {
  const area = useRef<HTMLTextAreaElement>(null);
  const gutter = useRef<HTMLPreElement>(null);
  let lines = 1;
  for (let i = value.indexOf('\n'); i !== -1; i = value.indexOf('\n', i + 1)) lines++;
  useImperativeHandle(handle, () => ({
    goTo(line, column) {
      const el = area.current;
      if (!el) return;
      let offset = 0;
      for (let l = 1; l < line; l++) {
        const nl = el.value.indexOf('\n', offset);
        if (nl === -1) break;
        offset = nl + 1;
      }
      offset += Math.max(0, column - 1);
      el.focus();
      el.setSelectionRange(offset, offset);
      const lineHeight = parseFloat(getComputedStyle(el).lineHeight) || 18;
      el.scrollTop = Math.max(0, (line - 5) * lineHeight);
    },
  }));
  return (
    <div className="editor">
      <Gutter count={lines} gutterRef={gutter} />
      <textarea
        ref={area}
        aria-label={label}
        aria-describedby={describedBy}
        spellCheck={false}
        wrap="off"
        autoCapitalize="off"
        autoCorrect="off"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        onScroll={(e) => {
          if (gutter.current) gutter.current.scrollTop = e.currentTarget.scrollTop;
        }}
      />
    </div>
  );
});
