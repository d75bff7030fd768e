import assert from 'node:assert/strict';
import { PULL_CAPABILITIES } from './helpers/lspClient';
import { README } from './helpers/drafts';
import { useServer } from './helpers/session';

interface Checklist {
  items: { id: string; label: string; done: boolean }[];
  done: number;
  total: number;
}

const ITEMS = [
  ['thanks', 'Thanks the reader'],
  ['feedback', 'Asks for specific feedback'],
  ['interest', 'States continued interest'],
  ['greeting', 'Greets by name'],
  ['tone', 'Stays gracious'],
  ['placeholders', 'No unfilled placeholders'],
];

/** Thanks and continued interest, but a generic greeting, a bitter sentence, a vague request and a slot. */
const DRAFT = [
  'Dear Hiring Manager,',
  '',
  'Thank you for the interviews for the [Position] role. Honestly the whole process felt unfair and disorganised.',
  '',
  'I would appreciate any feedback you can share.',
  '',
  'I remain very interested in Brightline Health and would be glad to be considered for future openings.',
  '',
  'Best regards,',
  'Sam Okoro',
  '',
].join('\n');

const GOOD = [
  '---',
  'to: Amira Haddad',
  'company: Brightline Health',
  '---',
  '',
  'Dear Ms. Haddad,',
  '',
  'Thank you for the interviews for the Data Analyst role.',
  '',
  'Could you tell me how my SQL exercise compared with what the panel expected?',
  '',
  'I remain very interested in Brightline Health and would be glad to be considered for future openings.',
  '',
  'Best regards,',
  'Sam Okoro',
  '',
].join('\n');

const doneIds = (c: Checklist | null): string[] => c?.items.filter((i) => i.done).map((i) => i.id) ?? [];

describe('protocol: checklist', () => {
  const client = useServer();
  let n = 0;
  const uriOf = (name = `draft-${++n}.email.md`): string => `file:///gracious-test/checklist/${name}`;
  const checklist = (uri: string): Promise<Checklist | null> => client().request<Checklist | null>('gracious/checklist', { uri });
  const changed = (uri: string, since: number): Promise<unknown> => client().waitFor('gracious/checklistChanged', (p) => p.uri === uri, since);

  it('lists the six items in order, each done when none of its rules has a finding', async () => {
    const uri = uriOf();
    const since = client().mark();
    await client().open(uri, DRAFT);
    assert.deepEqual(await changed(uri, since), { uri });
    const result = await checklist(uri);
    assert.deepEqual(result?.items.map((i) => [i.id, i.label]), ITEMS);
    assert.deepEqual(doneIds(result), ['thanks', 'interest']);
    assert.equal(result?.done, 2);
    assert.equal(result?.total, 6);
  });

  it('tells the client when the findings change, and answers for the new version', async () => {
    const uri = uriOf();
    await client().open(uri, DRAFT);
    await changed(uri, 0);
    const since = client().mark();
    await client().change(uri, 2, [{ text: GOOD }]);
    await changed(uri, since);
    assert.deepEqual(await checklist(uri), { items: ITEMS.map(([id, label]) => ({ id, label, done: true })), done: 6, total: 6 });
  });

  it('counts the front-matter rules: a wrong name under greeting, a wrong company under placeholders', async () => {
    const uri = uriOf();
    await client().open(uri, GOOD.replace('Dear Ms. Haddad,', 'Dear Mr. Okafor,').replace('interested in Brightline Health', 'interested in Globex'));
    await changed(uri, 0);
    const result = await checklist(uri);
    assert.deepEqual(result?.items.filter((i) => !i.done).map((i) => i.id), ['greeting', 'placeholders']);
  });

  it('answers null for Markdown that is not a draft, and for a document that is not open', async () => {
    const readme = uriOf('README.md');
    await client().open(readme, README);
    await changed(readme, 0);
    assert.equal(await checklist(readme), null);
    assert.equal(await checklist(uriOf('never-opened.email.md')), null);
  });

  it('says so when a draft closes, after which its checklist is null', async () => {
    const uri = uriOf();
    await client().open(uri, DRAFT);
    await changed(uri, 0);
    const since = client().mark();
    await client().connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    await changed(uri, since);
    assert.equal(await checklist(uri), null);
  });

  it('rejects a request without a uri', async () => {
    await assert.rejects(client().request('gracious/checklist', { textDocument: {} }), (error: { code: number }) => error.code === -32602);
  });
});

describe('protocol: checklist with rules turned off', () => {
  const client = useServer({ settings: { rules: { 'negative-tone': 'off', 'feedback-missing': 'off', 'feedback-vague': 'off' } } });

  it('counts an item whose rules are all off as done', async () => {
    const uri = 'file:///gracious-test/checklist-off/draft.email.md';
    await client().open(uri, DRAFT);
    await client().waitFor('gracious/checklistChanged', (p) => p.uri === uri);
    const result = await client().request<Checklist | null>('gracious/checklist', { uri });
    assert.deepEqual(doneIds(result), ['thanks', 'feedback', 'interest', 'tone']);
  });
});

describe('protocol: checklist with pulled diagnostics', () => {
  const client = useServer({ capabilities: PULL_CAPABILITIES });

  it('answers from the findings the client pulls, and still sends changes', async () => {
    const uri = 'file:///gracious-test/checklist-pull/draft.email.md';
    await client().open(uri, DRAFT);
    const report = await client().request<{ items: { code: string }[] }>('textDocument/diagnostic', { textDocument: { uri } });
    assert.ok(report.items.some((d) => d.code === 'negative-tone'));
    await client().waitFor('gracious/checklistChanged', (p) => p.uri === uri);
    assert.deepEqual(doneIds(await client().request<Checklist | null>('gracious/checklist', { uri })), ['thanks', 'interest']);
  });
});
