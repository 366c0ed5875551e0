/** Notes and votes on a report or an indicator: one mount used by both route files. */
import type { Context, Hono } from 'hono';
import { z } from 'zod';
import type { NoteSubject, NotesService } from '../services/notes.js';
import { requireRole } from './auth.js';
import type { ApiDoc } from './openapi.js';
import type { AppEnv } from './types.js';
import { parseWith, readJson } from './validate.js';

export const MAX_NOTE_CHARS = 10_000;
export const NoteBody = z.object({ text: z.string().trim().min(1).max(MAX_NOTE_CHARS) }).strict();
export const VoteBody = z.object({ value: z.union([z.literal(1), z.literal(-1)]) }).strict();

export interface SubjectAccess {
  /** The subject named by the path, after checking the caller may read it (throws otherwise). */
  readonly subjectOf: (c: Context<AppEnv>) => Promise<NoteSubject>;
}

/** Mounts GET/POST `${base}/notes` and `${base}/votes`. */
export function mountNoteRoutes(
  app: Hono<AppEnv>,
  deps: {
    readonly base: string;
    /** What the notes are on: named in the docs; reports are readable without a key when published. */
    readonly kind: NoteSubject['kind'];
    readonly notes: () => Promise<NotesService>;
    readonly doc: ApiDoc;
  } & SubjectAccess,
): void {
  const { base, notes, doc, subjectOf } = deps;
  const what = deps.kind === 'indicator' ? 'an indicator' : 'a report';
  const readAccess = deps.kind === 'indicator' ? 'reader' : 'published-or-reader';
  doc.route({
    method: 'get',
    path: `${base}/notes`,
    summary: `Notes on ${what}`,
    access: readAccess,
  });
  doc.route({
    method: 'post',
    path: `${base}/notes`,
    summary: `Add a note to ${what}`,
    access: 'reader',
    body: NoteBody,
  });
  doc.route({
    method: 'get',
    path: `${base}/votes`,
    summary: `Vote tally of ${what}`,
    access: readAccess,
  });
  doc.route({
    method: 'post',
    path: `${base}/votes`,
    summary: `Vote on ${what} (one vote per key)`,
    access: 'reader',
    body: VoteBody,
  });

  app.get(`${base}/notes`, async (c) => {
    const subject = await subjectOf(c);
    return c.json({ notes: await (await notes()).listNotes(subject) });
  });
  app.post(`${base}/notes`, async (c) => {
    const who = requireRole(c, 'reader');
    const body = parseWith(NoteBody, await readJson(c), 'request body');
    const subject = await subjectOf(c);
    return c.json(await (await notes()).addNote(subject, who.name, body.text), 201);
  });
  app.get(`${base}/votes`, async (c) => {
    const subject = await subjectOf(c);
    return c.json(await (await notes()).tally(subject));
  });
  app.post(`${base}/votes`, async (c) => {
    const who = requireRole(c, 'reader');
    const body = parseWith(VoteBody, await readJson(c), 'request body');
    const subject = await subjectOf(c);
    return c.json(await (await notes()).vote(subject, who.id, body.value));
  });
}
