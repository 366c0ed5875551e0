/**
 * Notes and votes on reports and indicators: the target must exist; the author and voter are the
 * API key that wrote them. Text is stored as given (clients escape on display). Ports only.
 */
import type { KbStore } from '../core/kb/ports.js';
import type { IndicatorRef, Note, NoteTarget, VoteTally } from '../core/kb/types.js';
import { normalizeIndicator } from '../core/kb/normalize-indicator.js';
import { AppError } from '../core/shared/app-error.js';

export type NoteSubject =
  | { readonly kind: 'report'; readonly id: string }
  | { readonly kind: 'indicator'; readonly ref: IndicatorRef };

export interface NotesService {
  /** Throws NOT_FOUND when the subject does not exist. */
  addNote(subject: NoteSubject, author: string, text: string): Promise<Note>;
  listNotes(subject: NoteSubject): Promise<readonly Note[]>;
  vote(subject: NoteSubject, voter: string, value: 1 | -1): Promise<VoteTally>;
  tally(subject: NoteSubject): Promise<VoteTally>;
}

/** The note target id of an indicator: `type:normalised value`. */
export function toNoteTarget(subject: NoteSubject): NoteTarget {
  if (subject.kind === 'report') return { kind: 'report', id: subject.id };
  const n = normalizeIndicator(subject.ref);
  return { kind: 'indicator', id: `${n.type}:${n.value}` };
}

/** Creates the notes service. */
export function createNotesService(deps: {
  readonly store: KbStore;
  readonly now: () => number;
}): NotesService {
  const { store } = deps;
  const mustExist = async (subject: NoteSubject): Promise<NoteTarget> => {
    const found =
      subject.kind === 'report'
        ? (await store.getReportSummary(subject.id)) !== null
        : (await store.getIndicator(subject.ref)) !== null;
    if (!found) throw new AppError('NOT_FOUND', `no such ${subject.kind}`);
    return toNoteTarget(subject);
  };
  return {
    async addNote(subject, author, text) {
      const target = await mustExist(subject);
      return store.addNote({ target, author, text, createdAtMs: deps.now() });
    },
    async listNotes(subject) {
      return store.listNotes(await mustExist(subject));
    },
    async vote(subject, voter, value) {
      const target = await mustExist(subject);
      await store.vote(target, voter, value);
      return store.tallyVotes(target);
    },
    async tally(subject) {
      return store.tallyVotes(await mustExist(subject));
    },
  };
}
