/** The small part of the xAPI 1.0.3 data model that Rehearse writes and reads, as plain JSON types. */

/** A language map: language tag → text. */
export type LanguageMap = Record<string, string>;

/** The learner: an e-mail (mbox) or an account on the organisation's system. */
export type Agent =
  | { objectType: 'Agent'; name?: string; mbox: string }
  | { objectType: 'Agent'; name?: string; account: { homePage: string; name: string } };

/** An activity, with the definition Rehearse gives it. */
export interface Activity {
  objectType: 'Activity';
  id: string;
  definition?: {
    type?: string;
    name?: LanguageMap;
    description?: LanguageMap;
    interactionType?: 'choice' | 'long-fill-in';
    choices?: Array<{ id: string; description: LanguageMap }>;
    extensions?: Record<string, unknown>;
  };
}

/** The result part of a statement. */
export interface Result {
  score?: { scaled?: number; raw?: number; min?: number; max?: number };
  success?: boolean;
  completion?: boolean;
  response?: string;
  duration?: string;
  extensions?: Record<string, unknown>;
}

/** The context part of a statement. */
export interface Context {
  registration?: string;
  platform?: string;
  language?: string;
  contextActivities?: Partial<Record<'parent' | 'grouping' | 'category' | 'other', Activity[]>>;
  extensions?: Record<string, unknown>;
}

/** One xAPI statement with its id set by Rehearse (so that a retry never duplicates it). */
export interface Statement {
  id: string;
  actor: Agent;
  verb: { id: string; display: LanguageMap };
  object: Activity;
  result?: Result;
  context?: Context;
  timestamp: string;
}
