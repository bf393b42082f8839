/**
 * The IRIs of Rehearse's xAPI profile (docs/xapi.md): the verbs, activity types and extensions its
 * statements use. ADL's vocabulary where it has a word; Rehearse's own namespace for the rest.
 */

/** Rehearse's profile namespace (a permanent identifier to register at w3id.org; it needs no server). */
export const PROFILE = 'https://w3id.org/rehearse/xapi';

/** Where the activity ids of scenarios and prompts live, unless an organisation sets its own base. */
export const DEFAULT_ACTIVITY_BASE = `${PROFILE}/activities/`;

/** The verbs Rehearse sends. */
export const VERBS = {
  launched: { id: 'http://adlnet.gov/expapi/verbs/launched', display: { en: 'launched' } },
  initialized: { id: 'http://adlnet.gov/expapi/verbs/initialized', display: { en: 'initialized' } },
  answered: { id: 'http://adlnet.gov/expapi/verbs/answered', display: { en: 'answered' } },
  criticalError: { id: `${PROFILE}/verbs/made-critical-error`, display: { en: 'made a critical error' } },
  completed: { id: 'http://adlnet.gov/expapi/verbs/completed', display: { en: 'completed' } },
  passed: { id: 'http://adlnet.gov/expapi/verbs/passed', display: { en: 'passed' } },
  failed: { id: 'http://adlnet.gov/expapi/verbs/failed', display: { en: 'failed' } },
  terminated: { id: 'http://adlnet.gov/expapi/verbs/terminated', display: { en: 'terminated' } },
} as const;

/** Activity types. */
export const ACTIVITY_TYPES = {
  scenario: 'http://adlnet.gov/expapi/activities/simulation',
  prompt: 'http://adlnet.gov/expapi/activities/cmi.interaction',
  profile: 'http://adlnet.gov/expapi/activities/profile',
} as const;

/** Extension IRIs (context and result). */
export const EXT = {
  /** context: the scenario's id (string). */
  scenario: `${PROFILE}/extensions/scenario`,
  /** context: the content hash of the scenario's YAML source (16 hex digits). */
  contentHash: `${PROFILE}/extensions/content-hash`,
  /** context: the prompt's node id (string), on statements about a prompt. */
  node: `${PROFILE}/extensions/node`,
  /** context: the session's seed (number): with the inputs it replays the attempt exactly. */
  seed: `${PROFILE}/extensions/seed`,
  /** result: ids of the criteria the answer matched (string[]; empty for a choice). */
  matched: `${PROFILE}/extensions/matched`,
  /** result: the chosen option's id (string), for a choice. */
  option: `${PROFILE}/extensions/option`,
  /** result: per-competency { label, score, earned, possible } for this prompt or attempt. */
  competencies: `${PROFILE}/extensions/competencies`,
  /** result: true when the answer came after the prompt's suggested seconds. */
  late: `${PROFILE}/extensions/late`,
  /** result: true when the answer read as a list of keywords (its positive points were withheld). */
  stuffed: `${PROFILE}/extensions/stuffed`,
  /** result: a critical error { node, id | outcome, reason, missed? }. */
  critical: `${PROFILE}/extensions/critical`,
  /** result: every critical error of the attempt (list of the above). */
  criticals: `${PROFILE}/extensions/criticals`,
  /** result: the ending's outcome id (string). */
  outcome: `${PROFILE}/extensions/outcome`,
} as const;

/** cmi5's own IRIs (cmi5 specification, section 9). */
export const CMI5 = {
  category: 'https://w3id.org/xapi/cmi5/context/categories/cmi5',
  moveOn: 'https://w3id.org/xapi/cmi5/context/categories/moveon',
  sessionId: 'https://w3id.org/xapi/cmi5/context/extensions/sessionid',
  masteryScore: 'https://w3id.org/xapi/cmi5/context/extensions/masteryscore',
  launchDataStateId: 'LMS.LaunchData',
} as const;

/** The xAPI version Rehearse speaks (the X-Experience-API-Version header). */
export const XAPI_VERSION = '1.0.3';
