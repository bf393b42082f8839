// The answer checker is loaded (the terminal and `rehearse test` load it at start; the web app once the
// first prompt is on screen, which the e2e test exercises in Chromium).
import '../engine/session/answer.ts';
