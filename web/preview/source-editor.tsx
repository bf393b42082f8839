/**
 * The scenario source: a plain, uncontrolled textarea with line numbers. Typing never re-renders
 * React (only the gutter, when the number of lines changes); the parent is told of each change.
 */
import { forwardRef, memo, useImperativeHandle, useRef, useState } from 'react';

/** What the editor lets its parent do. */
export interface EditorHandle {
  goTo(line: number, column: number): void;
  /** Replaces the whole text (an opened or dropped file). */
  setText(text: string): void;
}

const countLines = (s: string) => {
  let n = 1;
  for (let i = s.indexOf('\n'); i !== -1; i = s.indexOf('\n', i + 1)) n++;
  return n;
};

const Gutter = memo(function Gutter({
  count,
  gutterRef,
}: {
  count: number;
  gutterRef: React.RefObject<HTMLPreElement | null>;
}) {
  let s = '';
  for (let i = 1; i <= count; i++) s += `${i}\n`;
  return (
    <pre ref={gutterRef} className="gutter" aria-hidden="true">
      {s}
    </pre>
  );
});

/** The editor; `initial` is its first text, `onChange` hears every edit. */
export const SourceEditor = forwardRef<
  EditorHandle,
  { label: string; initial: string; onChange(v: string): void; describedBy?: string }
>(function SourceEditor({ label, initial, onChange, describedBy }, handle) {
  const area = useRef<HTMLTextAreaElement>(null);
  const gutter = useRef<HTMLPreElement>(null);
  const [lines, setLines] = useState(() => countLines(initial));
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
    setText(text) {
      if (!area.current) return;
      area.current.value = text;
      setLines(countLines(text));
      onChange(text);
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
        defaultValue={initial}
        onChange={(e) => {
          const v = e.target.value;
          const n = countLines(v);
          if (n !== lines) setLines(n);
          onChange(v);
        }}
        onScroll={(e) => {
          if (gutter.current) gutter.current.scrollTop = e.currentTarget.scrollTop;
        }}
      />
    </div>
  );
});
