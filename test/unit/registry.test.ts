import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { RULES, RULE_IDS, docsUrl } from '../../server/src/rules';
import { TONE_CUES, TONE_ADVICE } from '../../server/src/rules/data/tone';

const root = path.join(__dirname, '..', '..');
const read = (p: string): string => fs.readFileSync(path.join(root, p), 'utf8');

describe('rule registry', () => {
  it('lists the public rule ids, alphabetically and without duplicates', () => {
    assert.deepEqual(RULE_IDS, [...new Set(RULE_IDS)].sort());
    for (const id of ['gratitude-missing', 'feedback-missing', 'feedback-vague', 'negative-tone', 'interest-missing', 'greeting-generic', 'greeting-missing', 'placeholder-unfilled']) {
      assert.ok(RULE_IDS.includes(id), `${id} is a public contract`);
    }
  });

  for (const rule of RULES) {
    describe(rule.id, () => {
      it('lives in a module named after its id', () => {
        assert.ok(fs.existsSync(path.join(root, 'server', 'src', 'rules', `${rule.id}.ts`)));
      });
      it('has a docs page with why, bad and good examples and options, and links to it', () => {
        const page = read(`docs/rules/${rule.id}.md`);
        assert.match(page, new RegExp(`^# ${rule.id}`));
        for (const heading of ['Why', 'Bad', 'Good', 'Options']) assert.match(page, new RegExp(`^#+ .*${heading}`, 'm'), `${heading} section`);
        assert.ok(docsUrl(rule.id).endsWith(`docs/rules/${rule.id}.md`));
      });
      it('is in the JSON schema and the VS Code settings with its default severity', () => {
        const schema = JSON.parse(read('schema/graciousrc.schema.json'));
        assert.ok(schema.properties.rules.properties[rule.id], 'schema');
        const setting = JSON.parse(read('package.json')).contributes.configuration.properties['gracious.rules'].properties[rule.id];
        assert.equal(setting.default, rule.defaultSeverity);
      });
      it('has guidance and a good example for hover', () => {
        assert.ok(rule.guidance.length > 40 && rule.example.length > 10);
      });
      it('appears in at least one fixture expectation', () => {
        const fixtures = fs.readdirSync(path.join(root, 'test', 'fixtures')).map((f) => read(`test/fixtures/${f}`)).join('\n');
        assert.match(fixtures, new RegExp(`expect[^>]*\\b${rule.id}\\b`));
      });
    });
  }

  it('gives every tone category advice, and every tone cue a note', () => {
    for (const cue of TONE_CUES) {
      assert.ok(cue.note.length > 5, cue.pattern);
      assert.ok(TONE_ADVICE[cue.category], cue.category);
    }
  });
});
