import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { normaliseSettings, type RawSettings } from '../../server/src/config/settings';
import { SEVERITIES } from '../../server/src/core';
import { RULE_IDS, RULES } from '../../server/src/rules';

interface SchemaNode {
  $schema?: string;
  type?: string;
  description?: string;
  default?: unknown;
  enum?: unknown[];
  additionalProperties?: boolean;
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  oneOf?: SchemaNode[];
  allOf?: { $ref: string }[];
  definitions?: Record<string, SchemaNode>;
}

const schema = JSON.parse(fs.readFileSync(path.join(__dirname, '../../schema/graciousrc.schema.json'), 'utf8')) as SchemaNode;

// Written out so that typechecking fails when settings.ts gains or drops a key: the schema must follow then.
const RAW_SETTING_KEYS: { readonly [K in keyof Required<RawSettings>]: K } = {
  rules: 'rules',
  include: 'include',
  exclude: 'exclude',
  negativePhrases: 'negativePhrases',
  allowedPhrases: 'allowedPhrases',
};

function unknownKeyProblems(raw: Record<string, unknown>): string[] {
  return normaliseSettings(raw).problems.filter((p) => p.startsWith('unknown setting'));
}

describe('schema/graciousrc.schema.json', () => {
  it('is a draft-07 schema of an object that allows no other keys', () => {
    assert.equal(schema.$schema, 'http://json-schema.org/draft-07/schema#');
    assert.equal(schema.type, 'object');
    assert.equal(schema.additionalProperties, false);
  });

  it('has exactly the top-level keys settings.ts accepts', () => {
    const keys = Object.keys(schema.properties!);
    assert.deepEqual([...keys].sort(), ['$schema', ...Object.keys(RAW_SETTING_KEYS)].sort());
    assert.deepEqual(unknownKeyProblems(Object.fromEntries(keys.map((k) => [k, undefined]))), []);
    assert.deepEqual(unknownKeyProblems({ colour: 'blue' }), ['unknown setting "colour"'], 'the check above can fail');
  });

  it('lists every rule id under "rules", and nothing else', () => {
    const rules = schema.properties!.rules;
    assert.deepEqual(Object.keys(rules.properties!).sort(), [...RULE_IDS].sort());
    assert.equal(rules.additionalProperties, false);
  });

  it('describes each rule as the registry does, with its default severity', () => {
    for (const rule of RULES) {
      const property = schema.properties!.rules.properties![rule.id];
      assert.equal(property.description, `${rule.description} Default: ${rule.defaultSeverity}.`);
      assert.equal(property.default, rule.defaultSeverity);
      assert.deepEqual(property.allOf, [{ $ref: '#/definitions/ruleSetting' }]);
    }
  });

  it('allows exactly the rule settings settings.ts accepts', () => {
    const allowed = schema.definitions!.ruleSetting.enum!;
    assert.deepEqual(new Set(allowed), new Set(['off', ...SEVERITIES, false, true]));
    for (const setting of allowed) {
      assert.deepEqual(normaliseSettings({ rules: { [RULE_IDS[0]]: setting } }).problems, [], JSON.stringify(setting));
    }
    assert.equal(normaliseSettings({ rules: { [RULE_IDS[0]]: 'fatal' } }).problems.length, 1, 'the check above can fail');
  });

  it('describes every setting', () => {
    const undescribed: string[] = [];
    const visit = (node: SchemaNode, where: string): void => {
      for (const [key, child] of Object.entries(node.properties ?? {})) {
        if (!child.description) undescribed.push(`${where}${key}`);
        visit(child, `${where}${key}.`);
      }
      for (const alternative of node.items?.oneOf ?? []) visit(alternative, `${where}[].`);
    };
    visit(schema, '');
    assert.deepEqual(undescribed, []);
  });
});
