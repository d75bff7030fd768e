// Readiness at a glance: the six things the guidance asks of the email, each done when none of its rules has a
// finding. Read from the findings the diagnostics use (DocumentChecker's cache), never from a check of its own.
//
//   request       gracious/checklist         { uri }  →  { items: { id, label, done }[], done, total } | null
//   notification  gracious/checklistChanged  { uri }     sent when a document's findings change (or it closes)
//
// null: the document is not open, or it is not a draft (see README "Which files are checked").
import { ErrorCodes, ResponseError, type ServerCapabilities } from 'vscode-languageserver';
import type { Finding } from '../core';
import { CHECKLIST_CHANGED_NOTIFICATION, CHECKLIST_REQUEST, type Checklist } from '../protocol';
import type { ServerContext } from './context';
import { PUSH_DELAY_MS } from './diagnostics';
import { guardListener, guardRequest } from './guard';


/** The items, in the order clients show them, with the rules whose findings leave each undone. */
export const CHECKLIST_ITEMS: readonly { readonly id: string; readonly label: string; readonly rules: readonly string[] }[] = [
  { id: 'thanks', label: 'Thanks the reader', rules: ['gratitude-missing'] },
  { id: 'feedback', label: 'Asks for specific feedback', rules: ['feedback-missing', 'feedback-vague'] },
  { id: 'interest', label: 'States continued interest', rules: ['interest-missing'] },
  { id: 'greeting', label: 'Greets by name', rules: ['greeting-missing', 'greeting-generic', 'name-mismatch'] },
  { id: 'tone', label: 'Stays gracious', rules: ['negative-tone'] },
  { id: 'placeholders', label: 'No unfilled placeholders', rules: ['placeholder-unfilled', 'company-mismatch'] },
];

/** A rule turned off, or suppressed inline, has no findings: its item counts as done. */
export function checklistOf(findings: readonly Finding[]): Checklist {
  const found = new Set(findings.map((f) => f.ruleId));
  const items = CHECKLIST_ITEMS.map(({ id, label, rules }) => ({ id, label, done: !rules.some((r) => found.has(r)) }));
  return { items, done: items.filter((i) => i.done).length, total: items.length };
}

function uriOf(params: unknown): string {
  const uri = typeof params === 'object' && params !== null ? (params as { uri?: unknown }).uri : undefined;
  if (typeof uri !== 'string') throw new ResponseError(ErrorCodes.InvalidParams, 'params.uri must be a string');
  return uri;
}

export function registerChecklist({ connection, documents, checker, settings }: ServerContext): ServerCapabilities {
  /** The current version's findings, or null when the document is not open or not a draft. */
  const findingsOf = async (uri: string): Promise<readonly Finding[] | null> => {
    // A newer version may arrive while the settings are read; then its findings are the ones to give.
    for (let attempt = 0; attempt < 3; attempt++) {
      const document = documents.get(uri);
      if (!document) return null;
      const outcome = await checker.outcome(document);
      if (!outcome) continue;
      return outcome.isDraft && !outcome.tooLarge ? outcome.findings : null;
    }
    return null;
  };

  connection.onRequest(CHECKLIST_REQUEST, guardRequest(connection.console, CHECKLIST_REQUEST, null, async (params: unknown): Promise<Checklist | null> => {
    const findings = await findingsOf(uriOf(params));
    return findings && checklistOf(findings);
  }));

  // Notifications follow the typing pause, as pushed diagnostics do, and read the same cached findings.
  const sent = new Map<string, string>();
  const pending = new Map<string, NodeJS.Timeout>();
  const notify = (uri: string): Promise<void> => connection.sendNotification(CHECKLIST_CHANGED_NOTIFICATION, { uri });
  const refresh = guardListener(connection.console, CHECKLIST_CHANGED_NOTIFICATION, async (uri: string) => {
    pending.delete(uri);
    if (!documents.get(uri)) return;
    const findings = await findingsOf(uri);
    const state = findings === null ? 'not a draft' : findings.map((f) => `${f.ruleId} ${f.severity} ${f.span.start}-${f.span.end} ${f.message}`).join('\n');
    if (sent.get(uri) === state || !documents.get(uri)) return;
    sent.set(uri, state);
    await notify(uri);
  });
  const schedule = (uri: string, delay = PUSH_DELAY_MS): void => {
    clearTimeout(pending.get(uri));
    pending.set(uri, setTimeout(refresh, delay, uri));
  };
  // A document just opened is no burst of typing: its checklist is announced at once.
  documents.onDidChangeContent(({ document }) => schedule(document.uri, sent.has(document.uri) || pending.has(document.uri) ? PUSH_DELAY_MS : 0));
  settings.onDidChange(() => {
    for (const document of documents.all()) schedule(document.uri);
  });
  documents.onDidClose(guardListener(connection.console, CHECKLIST_CHANGED_NOTIFICATION, async ({ document }) => {
    clearTimeout(pending.get(document.uri));
    pending.delete(document.uri);
    // Its checklist is now null: a client showing it should know.
    if (sent.delete(document.uri)) await notify(document.uri);
  }));
  return {};
}
