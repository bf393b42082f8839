/** Notices that arrive while a screen is drawn (a save that failed), kept in a small store the screen reads. */
import { createStore, type StoreApi } from 'zustand/vanilla';

/** The notices so far, each once, in order. */
export interface NoticeState {
  list: string[];
  add(text: string): void;
}

/** A store of notices; adding one already there does nothing. */
export function createNoticeStore(): StoreApi<NoticeState> {
  return createStore<NoticeState>()((set, get) => ({
    list: [],
    add: (text) => {
      if (!get().list.includes(text)) set({ list: [...get().list, text] });
    },
  }));
}
