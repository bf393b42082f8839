/**
 * Read-aloud of the character's lines with the browser's speech synthesis: off by default, in the
 * scenario's language, with a voice installed on the device only (an online voice would send the lines
 * out of the browser). The choice is kept (`readAloud`).
 */
import { useEffect, useRef, useState } from 'react';
import type { TextStore } from '../../app/persistence.ts';
import type { Locale, SessionEvent } from '../../engine/types.ts';
import { useAfterPlayText } from '../i18n/after-play-strings.ts';

/** Name under which the choice is kept. */
export const READ_ALOUD_NAME = 'readAloud';

const REGION: Record<Locale, string> = { fr: 'fr-FR', en: 'en-GB' };

const synth = (): SpeechSynthesis | undefined =>
  typeof window !== 'undefined' && 'speechSynthesis' in window ? window.speechSynthesis : undefined;

/** A voice of this device for the language (its main region first), or null. */
export function localVoice(voices: readonly SpeechSynthesisVoice[], locale: Locale): SpeechSynthesisVoice | null {
  const mine = voices.filter((v) => v.localService && v.lang.toLowerCase().replace('_', '-').startsWith(locale));
  return mine.find((v) => v.lang.replace('_', '-') === REGION[locale]) ?? mine[0] ?? null;
}

/** The device's voice for the language, updated when the browser finishes listing its voices. */
function useVoice(locale: Locale): SpeechSynthesisVoice | null {
  const [voice, setVoice] = useState(() => localVoice(synth()?.getVoices() ?? [], locale));
  useEffect(() => {
    const s = synth();
    if (!s) return;
    const update = () => setVoice(localVoice(s.getVoices(), locale));
    s.addEventListener?.('voiceschanged', update);
    return () => s.removeEventListener?.('voiceschanged', update);
  }, [locale]);
  return voice;
}

/** Speaks each new line of a character (never the lines already on screen when it starts); silent when paused. */
function useSpeakLines(events: SessionEvent[], voice: SpeechSynthesisVoice | null, on: boolean, paused: boolean) {
  const spoken = useRef(events.length);
  useEffect(() => {
    const s = synth();
    const from = spoken.current;
    spoken.current = events.length;
    if (!s || !on || !voice || paused) return;
    for (const e of events.slice(from)) {
      if (e.type !== 'line' || e.who === 'narrator') continue;
      const u = new SpeechSynthesisUtterance(e.text);
      u.voice = voice;
      u.lang = voice.lang;
      s.speak(u);
    }
  }, [events, voice, on, paused]);
  useEffect(() => {
    if (paused || !on) synth()?.cancel();
  }, [paused, on]);
  useEffect(() => () => synth()?.cancel(), []);
}

/** The "read the lines aloud" switch of the play screen (absent where the browser has no speech synthesis). */
export function ReadAloud(props: { events: SessionEvent[]; locale: Locale; paused: boolean; keep: TextStore | null }) {
  const { t } = useAfterPlayText();
  const [on, setOn] = useState(() => {
    const kept = props.keep?.read(READ_ALOUD_NAME);
    return kept !== undefined && 'text' in kept && kept.text === 'on';
  });
  const voice = useVoice(props.locale);
  useSpeakLines(props.events, voice, on, props.paused);
  if (!synth()) return null;
  return (
    <div className="read-aloud">
      <label className="check">
        <input
          type="checkbox"
          checked={on}
          onChange={(e) => {
            setOn(e.target.checked);
            props.keep?.write(READ_ALOUD_NAME, e.target.checked ? 'on' : 'off');
          }}
        />
        {t('readAloud')}
      </label>
      {on && !voice && (
        <p className="small muted" role="status">
          {t(`voiceMissing_${props.locale}`)}
        </p>
      )}
    </div>
  );
}
